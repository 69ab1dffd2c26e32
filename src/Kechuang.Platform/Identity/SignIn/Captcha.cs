using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Kechuang.Platform.Identity.SignIn;

/// <summary>
/// An image CAPTCHA drawn here (no external service): four characters from an unambiguous alphabet, jittered and
/// crossed by noise, as a PNG. The answer travels only inside a Data-Protection-encrypted token that expires in
/// five minutes and can be used once.
/// </summary>
public sealed class Captcha(IDataProtectionProvider protection, TimeProvider clock)
{
    private const string Alphabet = "ACDEFGHJKLMNPRTUVWXY34679";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly IDataProtector _protector = protection.CreateProtector("Kechuang.Captcha.v1");
    private readonly ConcurrentDictionary<string, DateTime> _used = new(StringComparer.Ordinal);

    public (string Token, byte[] Png) Create()
    {
        var answer = new string(Enumerable.Range(0, 4).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        var expires = clock.GetUtcNow().UtcDateTime.Add(Lifetime).Ticks;
        var token = _protector.Protect($"{nonce}|{expires}|{answer}");
        return (token, CaptchaImage.Draw(answer));
    }

    /// <summary>Checks an answer (case-insensitive) against its token; a token is good for one check only.</summary>
    public bool Verify(string? token, string? answer)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }
        string plain;
        try
        {
            plain = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return false;
        }
        var parts = plain.Split('|');
        var now = clock.GetUtcNow().UtcDateTime;
        if (parts.Length != 3 || !long.TryParse(parts[1], out var ticks) || new DateTime(ticks, DateTimeKind.Utc) < now)
        {
            return false;
        }
        foreach (var (key, expiry) in _used)
        {
            if (expiry < now)
            {
                _used.TryRemove(key, out _);
            }
        }
        if (!_used.TryAdd(parts[0], new DateTime(ticks, DateTimeKind.Utc)))
        {
            return false;
        }
        return string.Equals(parts[2], answer.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A tiny raster: 5×7 glyphs scaled, offset and sheared per character, noise lines and dots, PNG-encoded.</summary>
internal static class CaptchaImage
{
    private const int Width = 120;
    private const int Height = 40;

    private static readonly Dictionary<char, string[]> Glyphs = new()
    {
        ['A'] = ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
        ['C'] = ["01111", "10000", "10000", "10000", "10000", "10000", "01111"],
        ['D'] = ["11110", "10001", "10001", "10001", "10001", "10001", "11110"],
        ['E'] = ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
        ['F'] = ["11111", "10000", "10000", "11110", "10000", "10000", "10000"],
        ['G'] = ["01111", "10000", "10000", "10011", "10001", "10001", "01111"],
        ['H'] = ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
        ['J'] = ["00111", "00010", "00010", "00010", "00010", "10010", "01100"],
        ['K'] = ["10001", "10010", "10100", "11000", "10100", "10010", "10001"],
        ['L'] = ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
        ['M'] = ["10001", "11011", "10101", "10101", "10001", "10001", "10001"],
        ['N'] = ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
        ['P'] = ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
        ['R'] = ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
        ['T'] = ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
        ['U'] = ["10001", "10001", "10001", "10001", "10001", "10001", "01110"],
        ['V'] = ["10001", "10001", "10001", "10001", "10001", "01010", "00100"],
        ['W'] = ["10001", "10001", "10001", "10101", "10101", "11011", "10001"],
        ['X'] = ["10001", "10001", "01010", "00100", "01010", "10001", "10001"],
        ['Y'] = ["10001", "10001", "01010", "00100", "00100", "00100", "00100"],
        ['3'] = ["11110", "00001", "00001", "01110", "00001", "00001", "11110"],
        ['4'] = ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
        ['6'] = ["01110", "10000", "10000", "11110", "10001", "10001", "01110"],
        ['7'] = ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
        ['9'] = ["01110", "10001", "10001", "01111", "00001", "00001", "01110"],
    };

    public static byte[] Draw(string text)
    {
        var pixels = new byte[Width * Height * 3];
        Array.Fill(pixels, (byte)245);
        for (var i = 0; i < 40; i++)
        {
            Dot(pixels, RandomNumberGenerator.GetInt32(Width), RandomNumberGenerator.GetInt32(Height), 170);
        }
        for (var c = 0; c < text.Length; c++)
        {
            var glyph = Glyphs[text[c]];
            var scale = 3 + RandomNumberGenerator.GetInt32(2);
            var left = 8 + c * 27 + RandomNumberGenerator.GetInt32(5);
            var top = 2 + RandomNumberGenerator.GetInt32(Math.Max(1, Height - 7 * scale - 2));
            var shear = (RandomNumberGenerator.GetInt32(5) - 2) / 10.0;
            var shade = (byte)(30 + RandomNumberGenerator.GetInt32(60));
            for (var row = 0; row < 7; row++)
            {
                for (var col = 0; col < 5; col++)
                {
                    if (glyph[row][col] != '1')
                    {
                        continue;
                    }
                    for (var dy = 0; dy < scale; dy++)
                    {
                        for (var dx = 0; dx < scale; dx++)
                        {
                            var y = top + row * scale + dy;
                            var x = left + col * scale + dx + (int)(shear * (y - Height / 2));
                            Dot(pixels, x, y, shade);
                        }
                    }
                }
            }
        }
        for (var line = 0; line < 3; line++)
        {
            double x0 = 0, y0 = RandomNumberGenerator.GetInt32(Height), y1 = RandomNumberGenerator.GetInt32(Height);
            for (var x = 0; x < Width; x++)
            {
                Dot(pixels, (int)(x0 + x), (int)(y0 + (y1 - y0) * x / Width), 90);
            }
        }
        return Png(pixels);
    }

    private static void Dot(byte[] pixels, int x, int y, byte shade)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height)
        {
            return;
        }
        var i = (y * Width + x) * 3;
        pixels[i] = shade;
        pixels[i + 1] = (byte)Math.Min(255, shade + 20);
        pixels[i + 2] = (byte)Math.Min(255, shade + 50);
    }

    private static byte[] Png(byte[] rgb)
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < Height; y++)
            {
                z.WriteByte(0);
                z.Write(rgb, y * Width * 3, Width * 3);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteInt(header, 0, Width);
        WriteInt(header, 4, Height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        WriteInt(length, 0, data.Length);
        stream.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        var crc = new byte[4];
        WriteInt(crc, 0, (int)Crc32([.. typeBytes, .. data]));
        stream.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    private static void WriteInt(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}
