import Foundation

extension DocxReader {
    /// Whether ZIPFoundation can look up `path` in `data` without trapping.
    ///
    /// ZIPFoundation's in-memory reader traps when a damaged archive points past its end (it seeks
    /// there and then computes a negative read size), and its data-descriptor arithmetic traps on
    /// overflow. This walks the structures ZIPFoundation 0.9.20 walks on the way to `path` (end of
    /// central directory, ZIP64 records, central directory entries, local headers, data descriptors)
    /// and checks every position it would seek to. Where ZIPFoundation would merely stop (a bad
    /// signature, a short record) this stops too and says yes: the lookup then fails cleanly.
    static func archiveStaysInBounds(_ data: Data, path: String) -> Bool {
        data.withUnsafeBytes { raw in
            ArchiveWalk(bytes: raw, target: Array(path.utf8)).isSafe()
        }
    }

    private struct ArchiveWalk {
        let bytes: UnsafeRawBufferPointer
        let target: [UInt8]

        var count: UInt64 { UInt64(bytes.count) }

        func u16(_ offset: UInt64) -> UInt64 {
            let i = Int(offset)
            return UInt64(bytes[i]) | UInt64(bytes[i + 1]) << 8
        }

        func u32(_ offset: UInt64) -> UInt64 {
            u16(offset) | u16(offset + 2) << 16
        }

        func u64(_ offset: UInt64) -> UInt64 {
            u32(offset) | u32(offset + 4) << 32
        }

        func isSafe() -> Bool {
            guard count >= 22 else { return false }
            // ZIPFoundation takes the last end-of-central-directory signature, scanning back from the end.
            var end = count - 22
            while u32(end) != 0x0605_4B50 {
                guard end > 0 else { return false }
                end -= 1
            }
            let entries = u16(end + 10)
            let directory = u32(end + 16)
            guard walk(entries: entries, directory: directory) else { return false }
            // With ZIP64 records before it, ZIPFoundation takes the counts from there; both readings must be safe.
            if end > 20, end - 20 > 56 {
                let locator = end - 20
                let record = locator - 56
                if u32(locator) == 0x0706_4B50, u32(record) == 0x0606_4B50 {
                    return walk(entries: u64(record + 32), directory: u64(record + 48))
                }
            }
            return true
        }

        private func walk(entries: UInt64, directory: UInt64) -> Bool {
            var position = directory
            var index: UInt64 = 0
            while index < entries {
                guard position <= count else { return false }
                guard position + 46 <= count, u32(position) == 0x0201_4B50 else { return true }
                let nameLength = u16(position + 28)
                let extraLength = u16(position + 30)
                let commentLength = u16(position + 32)
                let recordEnd = position + 46 + nameLength + extraLength + commentLength
                guard recordEnd <= count else { return true }
                let flags = u16(position + 8)
                let sizes = effectiveSizes(entry: position, extraStart: position + 46 + nameLength, extraLength: extraLength)
                let local = sizes.offset
                guard local <= count else { return false }
                guard local + 30 <= count, u32(local) == 0x0403_4B50 else { return true }
                let localHeaderEnd = local + 30 + u16(local + 26) + u16(local + 28)
                guard localHeaderEnd <= count else { return true }
                if flags & 8 != 0 {
                    let dataSize = u16(position + 10) != 0 ? sizes.compressed : sizes.uncompressed
                    let (descriptor, overflow) = localHeaderEnd.addingReportingOverflow(dataSize)
                    guard !overflow, descriptor <= count else { return false }
                }
                if flags & 1 != 0 { return true }  // encrypted: ZIPFoundation ends the listing here, after the descriptor
                let nameStart = Int(position + 46)
                if nameLength == UInt64(target.count), bytes[nameStart..<(nameStart + target.count)].elementsEqual(target) {
                    // Extraction converts both sizes to Int64 unchecked; real compressed data fits in the archive.
                    return sizes.compressed <= count && sizes.uncompressed <= UInt64(Int64.max)
                }
                position = recordEnd
                index += 1
            }
            return true
        }

        /// Sizes and local-header offset as ZIPFoundation computes them, ZIP64 extra field included.
        private func effectiveSizes(entry: UInt64, extraStart: UInt64, extraLength: UInt64)
            -> (compressed: UInt64, uncompressed: UInt64, offset: UInt64) {
            let compressed = u32(entry + 20)
            let uncompressed = u32(entry + 24)
            let offset = u32(entry + 42)
            let disk = u16(entry + 34)
            var fields: [(name: Int, size: UInt64)] = []
            if uncompressed == 0xFFFF_FFFF { fields.append((0, 8)) }
            if compressed == 0xFFFF_FFFF { fields.append((1, 8)) }
            if offset == 0xFFFF_FFFF { fields.append((2, 8)) }
            if disk == 0xFFFF { fields.append((3, 4)) }
            var values: [Int: UInt64]?
            var cursor: UInt64 = 0
            while extraLength >= 4, cursor < extraLength - 4 {
                let header = u16(extraStart + cursor)
                let size = u16(extraStart + cursor + 2)
                let next = cursor + 4 + size
                guard next <= extraLength else { break }
                if header == 1 {
                    if fields.reduce(0, { $0 + $1.size }) == size {
                        var read = extraStart + cursor + 4
                        var found: [Int: UInt64] = [:]
                        for field in fields {
                            found[field.name] = field.size == 8 ? u64(read) : u32(read)
                            read += field.size
                        }
                        values = found
                    }
                    break
                }
                cursor = next
            }
            guard let values else { return (compressed, uncompressed, offset) }
            func effective(_ name: Int, _ plain: UInt64) -> UInt64 {
                if let value = values[name], value > 0 { return value }
                return plain
            }
            return (effective(1, compressed), effective(0, uncompressed), effective(2, offset))
        }
    }
}
