using System.Security.Cryptography;
using Microfactory.Core.Ids;

namespace Microfactory.Server.Application;

/// <summary>Makes new entity ids from a cryptographic random source, so ids reveal nothing and never collide in practice.</summary>
internal sealed class IdFactory
{
    public string New(string prefix)
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        return EntityIds.Create(prefix, bytes);
    }
}
