using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Sightline.Benchmarks.Exposure;

/// <summary>A reference pass, not Sightline's: the least a fingerprinting pass over a Shodan file must do before it identifies
/// anything, in the most compact shape this benchmark could find. On every core, each line is checked as JSON with
/// <see cref="Utf8JsonReader"/>; its IPv4 address becomes a number; the banner (<c>data</c>) is unescaped and split into its
/// <c>Server</c> and <c>WWW-Authenticate</c> headers and body; these, with <c>product</c> and <c>http.{title,server,html}</c>,
/// become the id of a distinct evidence set (bytes compared, no strings), and the place and network fields the id of a distinct
/// place. Records are kept as three numbers each, then sorted by address to count hosts.</summary>
/// <remarks>What it leaves out, which a real pass needs: identification, observations, host names, times, line numbers for
/// problems, fields over the size limit, IPv6, and partitioning to keep memory flat. So its time is a floor for the whole pass,
/// not an estimate of it.</remarks>
internal static class CompactCeiling
{
    public static void Run(string file, long written)
    {
        long length = new FileInfo(file).Length;
        int workers = Environment.ProcessorCount;
        var sw = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var parts = new Part[workers];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var part = new Part();
            part.Read(file, length * w / workers, length * (w + 1) / workers);
            parts[w] = part;
        });

        long records = parts.Sum(p => p.Count);
        var keys = new ulong[records];
        long k = 0;
        foreach (Part part in parts)
        {
            for (int i = 0; i < part.Count; i++, k++)
            {
                keys[k] = ((ulong)part.Ips[i] << 32) | (uint)part.Evidence[i];
            }
        }

        Array.Sort(keys);
        long hosts = 0;
        for (long i = 0; i < keys.LongLength; i++)
        {
            if (i == 0 || keys[i] >> 32 != keys[i - 1] >> 32)
            {
                hosts++;
            }
        }

        double seconds = sw.Elapsed.TotalSeconds;
        double used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"ceiling: parse on {workers} cores into compact records (IPv4 number, ids of distinct evidence and place), group by " +
            $"address, identify nothing: {records:N0} records, {hosts:N0} hosts in {seconds:F2} s, {used:F2} s of CPU ({written / seconds:N0} records/s); " +
            $"distinct evidence sets {parts.Sum(p => p.DistinctEvidence):N0} (per core, summed), lines without an IPv4 address {parts.Sum(p => p.NotIpv4):N0}, " +
            $"invalid lines {parts.Sum(p => p.Invalid):N0}");
    }

    private enum Field : byte
    {
        None,
        Ip,
        Data,
        Product,
        Http,
        Location,
        Org,
        Isp,
        Asn,
        Title,
        Server,
        Html,
        City,
        CountryCode,
        BannerServer,
        BannerAuthenticate,
        BannerBody,
    }

    private sealed class Part
    {
        private readonly Dictionary<byte[], int> _evidence = new(BytesComparer.Instance);
        private readonly Dictionary<byte[], int> _places = new(BytesComparer.Instance);
        private readonly byte[] _key = new byte[1 << 20];
        private readonly byte[] _place = new byte[4_096];
        private readonly byte[] _banner = new byte[1 << 20];

        public int Count { get; private set; }

        public uint[] Ips { get; private set; } = new uint[1 << 16];

        public int[] Evidence { get; private set; } = new int[1 << 16];

        public int[] Places { get; private set; } = new int[1 << 16];

        public long Invalid { get; private set; }

        public int DistinctEvidence => _evidence.Count;

        /// <summary>Lines whose <c>ip_str</c> is not a dotted IPv4 address (IPv6 banners): counted here as one address, 0.</summary>
        public long NotIpv4 { get; private set; }

        /// <summary>The lines that start in [start, end): a part that does not begin the file starts after its first line break.</summary>
        public void Read(string file, long start, long end)
        {
            using Microsoft.Win32.SafeHandles.SafeFileHandle handle = File.OpenHandle(file);
            byte[] buffer = new byte[8 << 20];
            long at = start;
            if (start > 0)
            {
                int read = RandomAccess.Read(handle, buffer.AsSpan(0, 1 << 16), start - 1);
                at = start + buffer.AsSpan(0, read).IndexOf((byte)'\n');
            }

            int filled = 0;
            while (true)
            {
                int read = RandomAccess.Read(handle, buffer.AsSpan(filled), at);
                long bufferStart = at - filled;
                at += read;
                filled += read;
                Span<byte> data = buffer.AsSpan(0, filled);
                int position = 0;
                for (int newline; (newline = data[position..].IndexOf((byte)'\n')) >= 0; position += newline + 1)
                {
                    if (bufferStart + position >= end)
                    {
                        return;
                    }

                    Line(data.Slice(position, newline));
                }

                if (read == 0)
                {
                    if (position < filled && bufferStart + position < end)
                    {
                        Line(data[position..]);
                    }

                    return;
                }

                data[position..].CopyTo(buffer);
                filled -= position;
            }
        }

        private void Line(ReadOnlySpan<byte> line)
        {
            var reader = new Utf8JsonReader(line);
            int depth = 0, key = 0, place = 0;
            Field top = Field.None, sub = Field.None;
            uint ip = 0;
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            depth++;
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            depth--;
                            break;
                        case JsonTokenType.PropertyName when depth == 1:
                            top = TopField(reader.ValueSpan);
                            break;
                        case JsonTokenType.PropertyName when depth == 2:
                            sub = top == Field.Http ? HttpField(reader.ValueSpan) : top == Field.Location ? LocationField(reader.ValueSpan) : Field.None;
                            break;
                        case JsonTokenType.String or JsonTokenType.Number when depth == 1:
                            switch (top)
                            {
                                case Field.Ip:
                                    ip = Ipv4(reader.ValueSpan);
                                    break;
                                case Field.Data:
                                    SplitBanner(ref key, _banner.AsSpan(0, reader.CopyString(_banner)));
                                    break;
                                case Field.Product:
                                    Append(_key, ref key, top, reader.ValueSpan);
                                    break;
                                case Field.Org or Field.Isp or Field.Asn:
                                    Append(_place, ref place, top, reader.ValueSpan);
                                    break;
                            }

                            break;
                        case JsonTokenType.String or JsonTokenType.Number when depth == 2 && sub != Field.None:
                            if (top == Field.Http)
                            {
                                Append(_key, ref key, sub, reader.ValueSpan);
                            }
                            else
                            {
                                Append(_place, ref place, sub, reader.ValueSpan);
                            }

                            break;
                    }
                }
            }
            catch (JsonException)
            {
                Invalid++;
                return;
            }

            if (Count == Ips.Length)
            {
                Ips = Grow(Ips);
                Evidence = Grow(Evidence);
                Places = Grow(Places);
            }

            if (ip == 0)
            {
                NotIpv4++;
            }

            Ips[Count] = ip;
            Evidence[Count] = Id(_evidence, _key.AsSpan(0, key));
            Places[Count] = Id(_places, _place.AsSpan(0, place));
            Count++;
        }

        private void SplitBanner(ref int key, ReadOnlySpan<byte> banner)
        {
            int position = 0;
            while (position < banner.Length)
            {
                int newline = banner[position..].IndexOf((byte)'\n');
                int end = newline < 0 ? banner.Length : position + newline;
                ReadOnlySpan<byte> line = banner[position..end];
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line = line[..^1];
                }

                position = end + 1;
                if (line.IsEmpty)
                {
                    Append(_key, ref key, Field.BannerBody, banner[Math.Min(position, banner.Length)..]);
                    return;
                }

                if (line.StartsWith("Server:"u8))
                {
                    Append(_key, ref key, Field.BannerServer, line[7..].Trim((byte)' '));
                }
                else if (line.StartsWith("WWW-Authenticate:"u8))
                {
                    Append(_key, ref key, Field.BannerAuthenticate, line[17..].Trim((byte)' '));
                }
            }
        }

        private static Field TopField(ReadOnlySpan<byte> name) => name switch
        {
            _ when name.SequenceEqual("ip_str"u8) => Field.Ip,
            _ when name.SequenceEqual("data"u8) => Field.Data,
            _ when name.SequenceEqual("product"u8) => Field.Product,
            _ when name.SequenceEqual("http"u8) => Field.Http,
            _ when name.SequenceEqual("location"u8) => Field.Location,
            _ when name.SequenceEqual("org"u8) => Field.Org,
            _ when name.SequenceEqual("isp"u8) => Field.Isp,
            _ when name.SequenceEqual("asn"u8) => Field.Asn,
            _ => Field.None,
        };

        private static Field HttpField(ReadOnlySpan<byte> name) => name switch
        {
            _ when name.SequenceEqual("title"u8) => Field.Title,
            _ when name.SequenceEqual("server"u8) => Field.Server,
            _ when name.SequenceEqual("html"u8) => Field.Html,
            _ => Field.None,
        };

        private static Field LocationField(ReadOnlySpan<byte> name) => name switch
        {
            _ when name.SequenceEqual("city"u8) => Field.City,
            _ when name.SequenceEqual("country_code"u8) => Field.CountryCode,
            _ => Field.None,
        };

        private static uint Ipv4(ReadOnlySpan<byte> text)
        {
            uint value = 0, part = 0;
            int dots = 0;
            foreach (byte b in text)
            {
                if (b == '.')
                {
                    value = (value << 8) | part;
                    part = 0;
                    dots++;
                }
                else if ((uint)(b - '0') < 10)
                {
                    part = (part * 10) + (uint)(b - '0');
                }
                else
                {
                    return 0;
                }
            }

            return dots == 3 ? (value << 8) | part : 0;
        }

        /// <summary>A tagged, length-prefixed value, so that different fields never run together into the same key.</summary>
        private static void Append(byte[] to, ref int at, Field field, ReadOnlySpan<byte> value)
        {
            if (at + value.Length + 5 > to.Length)
            {
                return;
            }

            to[at++] = (byte)field;
            MemoryMarshal.Write(to.AsSpan(at), value.Length);
            at += 4;
            value.CopyTo(to.AsSpan(at));
            at += value.Length;
        }

        private static int Id(Dictionary<byte[], int> ids, ReadOnlySpan<byte> key)
        {
            Dictionary<byte[], int>.AlternateLookup<ReadOnlySpan<byte>> lookup = ids.GetAlternateLookup<ReadOnlySpan<byte>>();
            if (!lookup.TryGetValue(key, out int id))
            {
                id = ids.Count;
                lookup.TryAdd(key, id);
            }

            return id;
        }

        private static T[] Grow<T>(T[] array)
        {
            var grown = new T[array.Length * 2];
            array.CopyTo(grown, 0);
            return grown;
        }
    }

    /// <summary>Byte strings compared by content; looked up by span without a copy.</summary>
    private sealed class BytesComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly BytesComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => Hash(obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

        /// <summary>Eight bytes at a time, multiply and fold: cheap enough not to show beside the JSON reading.</summary>
        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            ulong hash = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(bytes);
            foreach (ulong word in words)
            {
                hash = (hash ^ word) * 0xFF51AFD7ED558CCDUL;
            }

            for (int i = words.Length * 8; i < bytes.Length; i++)
            {
                hash = (hash ^ bytes[i]) * 0x100000001B3UL;
            }

            return (int)(hash ^ (hash >> 32));
        }
    }
}
