using Kechuang.Modules.Registry.Enterprises;

namespace Kechuang.Modules.Registry.Demo;

/// <summary>An industry word of an enterprise name with the GB/T 4754-2017 classes and the high-tech field it suggests.</summary>
internal sealed record DemoIndustry(string Word, TechField Field, string[] Codes, double Weight);

/// <summary>The words the demo generator builds names from: Xi'an's districts, zones, industries, banks, people.</summary>
internal static class DemoVocabulary
{
    /// <summary>Brand characters (字号): two of them make a brand such as 秦创, 华泰, 汉唐.</summary>
    public static readonly char[] BrandCharacters =
        ("秦创华泰中天宏远恒信瑞丰博通金鼎新元长安汉唐丝路雁塔曲江明德正源盛世成鸿运睿智达飞腾凯旋朗润" +
         "嘉禾裕隆兴盛隆基光启星辰未来智慧云图航宇翔龙海峰山川晨曦东方西部北辰南山志诚永和佳美康宁" +
         "汇聚融合力拓精诚卓越领航思源启明蓝天青松翠柏红杉银河锦程鹏程万象百川千帆聚能赛维奥德特" +
         "迈克普瑞斯诺威尔凯文泽宇浩然俊杰昊天铭轩逸凡梓涵子墨一诺若曦欣怡嘉怡雨桐沐阳景行致远" +
         "立信同创共赢合众协力天合地利人和安泰平顺昌盛福临祥瑞吉庆嘉宝富源鑫源金诺银泰铜川玉衡" +
         "璟琨瑜璞琪琳珑瑶钧铎锐锋铭钰钢铁石岩磐峻崇岳峦巍峨岚霞霄雷电风云霖露霜雪冰凌澜涛瀚" +
         "沣渭灞浐潏滈涝泾洛淳清源澄明朗晴昱晟旭晨曜晖煜炜烨焱灿炬耀辉光亮华彩绮绣锦缘纬经维" +
         "科技工业农商贸数智算芯联网讯信息电子光学微纳量子生命医药康健安保")
        .Distinct().ToArray();

    public static readonly DemoIndustry[] Industries =
    [
        new("智能科技", TechField.ElectronicInformation, ["I6513", "I6519", "C3990"], 14),
        new("软件", TechField.ElectronicInformation, ["I6511", "I6513"], 12),
        new("信息技术", TechField.ElectronicInformation, ["I6531", "I6550"], 9),
        new("电子科技", TechField.ElectronicInformation, ["C3979", "C3982"], 7),
        new("半导体", TechField.ElectronicInformation, ["C3973", "C3972"], 3),
        new("光电科技", TechField.ElectronicInformation, ["C3976", "C4040"], 5),
        new("通信技术", TechField.ElectronicInformation, ["C3921", "I6319"], 4),
        new("数据科技", TechField.ElectronicInformation, ["I6450"], 4),
        new("生物医药", TechField.BiologyAndMedicine, ["C2720", "C2761", "M7340"], 6),
        new("生物科技", TechField.BiologyAndMedicine, ["C2761", "M7512"], 4),
        new("医疗器械", TechField.BiologyAndMedicine, ["C3581", "C3589"], 3),
        new("新材料", TechField.NewMaterials, ["C3240", "C3091", "C3985"], 6),
        new("航空科技", TechField.Aerospace, ["C3741", "C3744"], 3),
        new("航天技术", TechField.Aerospace, ["C3742", "C3749"], 2),
        new("环保科技", TechField.ResourcesAndEnvironment, ["N7721", "N7722", "M7516"], 4),
        new("新能源", TechField.NewEnergyAndEnergySaving, ["C3825", "C3841", "M7515"], 4),
        new("节能技术", TechField.NewEnergyAndEnergySaving, ["M7514"], 2),
        new("检测技术", TechField.HighTechServices, ["M7452"], 3),
        new("科技发展", TechField.HighTechServices, ["M7519", "M7320"], 5),
        new("智能装备", TechField.AdvancedManufacturing, ["C3491", "C3499"], 3),
        new("自动化", TechField.AdvancedManufacturing, ["C4011"], 3),
        new("机器人", TechField.AdvancedManufacturing, ["C3491"], 2),
    ];

    /// <summary>Xi'an's districts and counties (GB/T 2260) weighted by where its technology enterprises are: 雁塔区 holds most of 高新区.</summary>
    public static readonly (string Code, string Name, double Weight)[] Districts =
    [
        ("610113", "雁塔区", 30), ("610112", "未央区", 12), ("610116", "长安区", 12), ("610103", "碑林区", 8),
        ("610104", "莲湖区", 7), ("610102", "新城区", 6), ("610111", "灞桥区", 5), ("610117", "高陵区", 4),
        ("610114", "阎良区", 4), ("610115", "临潼区", 3), ("610118", "鄠邑区", 3), ("610122", "蓝田县", 1.5),
        ("610124", "周至县", 1.5),
    ];

    /// <summary>Which development zone an enterprise of a district may lie in, and how likely.</summary>
    public static readonly Dictionary<string, (string Zone, double Share)[]> ZonesByDistrict = new(StringComparer.Ordinal)
    {
        ["610113"] = [("XA-GX", 0.6), ("XA-QJ", 0.1)],
        ["610116"] = [("XA-GX", 0.25), ("XA-HT", 0.3)],
        ["610112"] = [("XA-JK", 0.5), ("XA-XX", 0.05)],
        ["610111"] = [("XA-CB", 0.4), ("XA-GWG", 0.2)],
        ["610114"] = [("XA-HK", 0.6)],
        ["610117"] = [("XA-JK", 0.2)],
    };

    /// <summary>County-level codes elsewhere in China, for buyers, when the region catalogue is the short one.</summary>
    public static readonly (string Code, string City)[] OtherCounties =
    [
        ("110108", "北京市"), ("310115", "上海市"), ("440305", "深圳市"), ("330106", "杭州市"), ("320508", "苏州市"),
        ("420111", "武汉市"), ("510107", "成都市"), ("500112", "重庆市"), ("120116", "天津市"), ("370212", "青岛市"),
        ("410105", "郑州市"), ("430104", "长沙市"), ("440106", "广州市"), ("350203", "厦门市"), ("210202", "大连市"),
        ("220104", "长春市"), ("230103", "哈尔滨市"), ("340104", "合肥市"), ("360111", "南昌市"), ("370102", "济南市"),
        ("450103", "南宁市"), ("520111", "贵阳市"), ("530102", "昆明市"), ("620102", "兰州市"), ("640104", "银川市"),
        ("630104", "西宁市"), ("650104", "乌鲁木齐市"), ("150105", "呼和浩特市"), ("140105", "太原市"), ("130104", "石家庄市"),
        ("610402", "咸阳市"), ("610302", "宝鸡市"), ("610502", "渭南市"), ("610802", "榆林市"), ("610602", "延安市"),
    ];

    /// <summary>Region prefixes of resident ID numbers: Xi'an and other Shaanxi cities.</summary>
    public static readonly string[] ShaanxiCounties =
    [
        "610102", "610103", "610104", "610111", "610112", "610113", "610114", "610115", "610116", "610117", "610118",
        "610122", "610124", "610402", "610302", "610502", "610602", "610702", "610802", "610902", "611002",
    ];

    public static readonly string[] Universities =
    [
        "西安交通大学", "西北工业大学", "西安电子科技大学", "长安大学", "西北大学", "陕西师范大学", "西安理工大学",
        "西安建筑科技大学", "西安科技大学", "西安石油大学", "西安工业大学", "西安邮电大学", "中国科学院西安光学精密机械研究所",
        "西北有色金属研究院", "陕西省科学院",
    ];

    public static readonly (string Name, string Prefix)[] Banks =
    [
        ("西安银行", "XAB"), ("长安银行", "CAB"), ("中国建设银行陕西省分行", "CCB"), ("中国工商银行西安分行", "ICBC"),
        ("中国银行陕西省分行", "BOC"), ("交通银行陕西省分行", "BCM"), ("招商银行西安分行", "CMB"), ("浦发银行西安分行", "SPDB"),
        ("北京银行西安分行", "BOB"), ("秦农农村商业银行", "QNB"),
    ];

    public static readonly string[] LoanProducts = ["科技贷", "知识产权质押贷款", "科创信用贷", "高企贷", "科技型中小企业贷款", "投贷联动"];

    public static readonly string[] Domains =
    [
        "智能制造", "人工智能", "集成电路", "光子技术", "航空发动机", "卫星应用", "生物医药", "新材料", "新能源汽车", "氢能",
        "先进陶瓷", "增材制造", "大数据", "物联网", "区块链", "现代农业", "环境治理", "能源化工", "高端装备", "量子信息",
    ];

    public static readonly string[] Investors =
    [
        "西安高新技术产业风险投资有限责任公司", "中科创星科技投资有限公司", "西科天使投资基金", "陕西金融控股集团有限公司",
        "西安高新金融控股集团有限公司", "秦创原科技成果转化引导基金", "深创投西北基金", "陕西投资基金管理有限公司",
        "西安财金投资管理有限公司", "华润资本西北投资",
    ];

    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏",
        "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范",
        "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾",
        "欧阳", "司马", "上官",
    ];

    public static readonly char[] GivenCharacters =
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕红梅晓东晓明文博浩宇子涵思远嘉怡欣怡雨涵俊杰鹏飞晨阳天佑"
            .Distinct().ToArray();

    public static readonly string[] Countries = ["美国", "德国", "英国", "日本", "新加坡", "加拿大", "澳大利亚", "法国", "韩国", "荷兰"];

    public static readonly string[] TalentProgrammes = ["西安市海外高层次人才引进计划", "陕西省“百人计划”", "秦创原引用高层次人才计划", "国家海外高层次人才引进计划"];

    public static readonly string[] Villages =
    [
        "周至县楼观镇东楼村", "周至县马召镇群力村", "蓝田县玉川镇红门寺村", "蓝田县汤峪镇塘子村", "鄠邑区石井街道蔡家坡村",
        "临潼区何寨街道何寨村", "高陵区通远街道何村", "长安区王莽街道鸭池口村", "阎良区关山街道北冯村", "灞桥区席王街道洪庆村",
    ];

    public static readonly string[] ContractRegistries = ["西安市技术合同登记处", "西安高新区技术合同登记站", "西安科技大市场技术合同登记站", "陕西省技术合同登记处"];
}
