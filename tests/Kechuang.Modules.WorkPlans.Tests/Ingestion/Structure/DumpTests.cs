using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Structure;
using Kechuang.Modules.WorkPlans.Ingestion.Layout;
namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Structure;
public class DumpTests
{
    [Theory]
    [InlineData(SamplePlans.XiAn)]
    [InlineData(SamplePlans.Shaanxi)]
    public void Dump(string name)
    {
        var text = SamplePlans.Text(name);
        var paras = LayoutRepair.Repair(new Kechuang.Modules.WorkPlans.Ingestion.Reading.PlanDocument(Kechuang.Modules.WorkPlans.Ingestion.Reading.PlanDocumentFormat.Text, text.Split('\n'), false, null));
        var s = PlanStructureParser.Analyze(paras);
        File.WriteAllText("/tmp/dump_" + name + ".txt", string.Join("\n¶", paras) + "\n=====\nHEADLINE: " + s.HeadlineText + "\n" + PlanJson.Serialize(s.Plan));
    }
}
