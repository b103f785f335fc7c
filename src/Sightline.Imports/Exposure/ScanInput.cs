using System.Buffers.Binary;
using System.IO.Compression;

namespace Sightline.Imports.Exposure;

/// <summary>Opens scan files: gzip-compressed ones (recognised by their magic bytes, whatever the extension) are decompressed
/// on the fly, and a compressed stream that ends early is an error instead of a quietly short file.</summary>
internal static class ScanInput
{
    public static bool IsGzip(string path)
    {
        using FileStream file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        return file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    public static Stream Open(string path)
    {
        if (!IsGzip(path))
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        uint? size = null;
        if (file.Length >= 18)
        {
            Span<byte> trailer = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            file.Seek(0, SeekOrigin.Begin);
            size = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }

        return new CheckedGzipStream(new GZipStream(file, CompressionMode.Decompress), size);
    }

    /// <summary>The bytes of an uncompressed file from <paramref name="start"/> up to <paramref name="end"/>, read with
    /// positioned reads, so that several parts of one file can be read at once.</summary>
    public static Stream OpenRange(string path, long start, long end) => new RangeStream(path, start, end);

    /// <summary>What the read-only, forward-only streams here share.</summary>
    private abstract class ReadOnlyStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class RangeStream(string path, long start, long end) : ReadOnlyStream
    {
        private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        private readonly long _start = start;
        private long _at = start;

        public override long Position
        {
            get => _at - _start;
            set => throw new NotSupportedException();
        }

        public override int Read(Span<byte> buffer)
        {
            int want = (int)Math.Min(buffer.Length, end - _at);
            if (want <= 0)
            {
                return 0;
            }

            int read = RandomAccess.Read(_handle, buffer[..want], _at);
            _at += read;
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _handle.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>.NET's GZipStream returns a clean end of stream for a file cut short. This wrapper compares the decompressed
    /// length with the size the gzip trailer records (ISIZE, modulo 2³²): a truncated file ends in compressed data, whose last
    /// four bytes match the length only by a one-in-four-billion chance.</summary>
    /// <remarks>A file of several concatenated gzip members records only the last member's size, so it is reported as
    /// truncated too; decompress such a file first.</remarks>
    private sealed class CheckedGzipStream(GZipStream inner, uint? expectedSize) : ReadOnlyStream
    {
        private long _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            _length += read;
            if (read == 0 && buffer.Length > 0 && (expectedSize is null || expectedSize.Value != (uint)_length))
            {
                throw new InvalidDataException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the gzip data ends early after {_length:N0} bytes (a truncated or damaged file)"));
            }

            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
