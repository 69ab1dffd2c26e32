using System.Security.Cryptography;
using System.Text;
using Kechuang.Platform.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Kechuang.Platform.Security;

/// <summary>
/// Personal data at rest (身份证号、手机号): SM4 (GB/T 32907-2016, GM/T 0002) in GCM mode with a random 12-byte nonce
/// per value, stored as <c>sm4:</c> + base64(nonce | ciphertext | 16-byte tag), so tampering fails the tag check.
/// GB/T 22239-2019 8.1.4.8 requires confidentiality of important personal data in storage.
/// </summary>
public sealed class PersonalData
{
    public const string Prefix = "sm4:";
    private const int NonceBytes = 12;
    private const int TagBits = 128;
    private readonly byte[] _key;

    public PersonalData(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 16)
        {
            throw new ArgumentException("An SM4 key is 16 bytes.", nameof(key));
        }
        _key = (byte[])key.Clone();
    }

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var cipher = NewCipher(forEncryption: true, nonce);
        var output = new byte[NonceBytes + cipher.GetOutputSize(input.Length)];
        nonce.CopyTo(output, 0);
        var length = cipher.ProcessBytes(input, 0, input.Length, output, NonceBytes);
        cipher.DoFinal(output, NonceBytes + length);
        return Prefix + Convert.ToBase64String(output);
    }

    /// <exception cref="CryptographicException">The value is not ours or was altered.</exception>
    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("The value is not SM4-protected personal data.");
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(stored[Prefix.Length..]);
        }
        catch (FormatException exception)
        {
            throw new CryptographicException("The protected value is not valid base64.", exception);
        }
        if (bytes.Length < NonceBytes + TagBits / 8)
        {
            throw new CryptographicException("The protected value is too short.");
        }
        var cipher = NewCipher(forEncryption: false, bytes.AsSpan(0, NonceBytes).ToArray());
        var output = new byte[cipher.GetOutputSize(bytes.Length - NonceBytes)];
        try
        {
            var length = cipher.ProcessBytes(bytes, NonceBytes, bytes.Length - NonceBytes, output, 0);
            length += cipher.DoFinal(output, length);
            return Encoding.UTF8.GetString(output, 0, length);
        }
        catch (InvalidCipherTextException exception)
        {
            throw new CryptographicException("The protected value was altered or uses another key.", exception);
        }
    }

    /// <summary>The plaintext of a stored value, or null when there is none or it cannot be read.</summary>
    public string? TryUnprotect(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }
        try
        {
            return Unprotect(stored);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>ID card masked to its first 3 and last 4 characters: <c>610***********1234</c>.</summary>
    /// <summary>
    /// A keyed HMAC-SM3 of the value (hex): finds the same identifier again (a natural key, a duplicate check)
    /// without decrypting anything and without a hash an outsider could precompute from the small ID-number space.
    /// </summary>
    public string Fingerprint(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var mac = new Org.BouncyCastle.Crypto.Macs.HMac(new Org.BouncyCastle.Crypto.Digests.SM3Digest());
        mac.Init(new Org.BouncyCastle.Crypto.Parameters.KeyParameter(_key));
        var input = Encoding.UTF8.GetBytes(value);
        mac.BlockUpdate(input, 0, input.Length);
        var output = new byte[mac.GetMacSize()];
        mac.DoFinal(output, 0);
        return Convert.ToHexString(output).ToLowerInvariant();
    }

    public static string MaskIdCard(string? number) => Mask(number, 3, 4);

    /// <summary>Mobile number masked to <c>138****1234</c>.</summary>
    public static string MaskMobile(string? number) => Mask(number, 3, 4);

    private static string Mask(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value.Length <= head + tail)
        {
            return new string('*', value.Length);
        }
        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }

    private GcmBlockCipher NewCipher(bool forEncryption, byte[] nonce)
    {
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(forEncryption, new AeadParameters(new KeyParameter(_key), TagBits, nonce));
        return cipher;
    }

    /// <summary>
    /// The installation's key: <c>Security:PersonalDataKey</c> (base64 of 16 bytes) when configured; otherwise made once
    /// and kept in <c>personal-data.key</c> beside the Data Protection keys, itself protected by Data Protection.
    /// </summary>
    public static PersonalData Create(IConfiguration configuration, IDataProtectionProvider protection)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(protection);
        if (configuration["Security:PersonalDataKey"] is { Length: > 0 } configured)
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(configured);
            }
            catch (FormatException exception)
            {
                throw new InvalidOperationException("Security:PersonalDataKey is not base64.", exception);
            }
            return key.Length == 16 ? new PersonalData(key)
                : throw new InvalidOperationException("Security:PersonalDataKey must be 16 bytes (base64).");
        }
        var protector = protection.CreateProtector("Kechuang.Security.PersonalDataKey");
        var file = Path.Combine(DatabaseOptions.KeysFolder(configuration), "personal-data.key");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (!File.Exists(file))
        {
            var fresh = RandomNumberGenerator.GetBytes(16);
            try
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(protector.Protect(fresh))));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process created it first; use theirs.
            }
        }
        return new PersonalData(protector.Unprotect(Convert.FromBase64String(File.ReadAllText(file).Trim())));
    }
}
