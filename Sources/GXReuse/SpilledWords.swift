import Foundation

/// The words of the common-wording count's passes, made in one sweep over the texts and kept in scratch files until
/// each pass reads its own back.
///
/// A pass holds only the words of its share of the keys, so a corpus too large for one round of passes (one a thread)
/// in the count's budget needs several rounds. Making each round's words again would read and hash every text once a
/// round, and rounds grow with the corpus: a cost growing with its square. Written once, the words are read once. Each
/// thread sweeps a contiguous range of the documents into a file of its own, in chunks of one pass each; a pass reads
/// its chunks thread by thread, in the order they were written, so its words come in document order as a sweep of its
/// own would give them.
// @unchecked Sendable: after `spill` returns, the files and the chunk lists are only read (`pread` at given offsets).
final class SpilledWords: @unchecked Sendable {
    /// Where one chunk of one pass's words lies: in which sweeping thread's file, where, and how many words.
    private struct Chunk {
        var file: Int
        var offset: Int
        var count: Int
    }

    /// Each sweeping thread's file (unlinked: it goes when closed).
    private let descriptors: [Int32]
    /// Each pass's chunks, thread by thread, each thread's in the order written.
    private let chunks: [[Chunk]]

    private init(descriptors: [Int32], chunks: [[Chunk]]) { (self.descriptors, self.chunks) = (descriptors, chunks) }

    deinit { for descriptor in descriptors where descriptor >= 0 { close(descriptor) } }

    /// The number of words of the largest pass.
    var largestPass: Int { chunks.map { $0.reduce(0) { $0 + $1.count } }.max() ?? 0 }

    /// The words of `passes` passes over `count` documents whose texts `text(d)` reads, swept on `jobs` threads; nil
    /// when a scratch file cannot be made or written (the count then makes each round's words again).
    ///
    /// A pass's words are written `chunkWords` at a time: few enough for every pass's buffer to stay in the caches
    /// during the sweep, enough for few writes.
    static func spill(_ count: Int, text: (Int) -> ComparableText, passes: Int, jobs: Int,
                      chunkWords: Int = 4096) -> SpilledWords? {
        let workers = max(1, min(jobs, count))
        let swept = ParallelIndices.map(workers, jobs: workers) { worker in
            sweep(count * worker / workers..<count * (worker + 1) / workers, text: text, passes: passes,
                  chunkWords: chunkWords)
        }
        var byPass = [[Chunk]](repeating: [], count: passes)
        for (file, thread) in swept.enumerated() {
            for (pass, offset, count) in thread.chunks ?? [] {
                byPass[pass].append(Chunk(file: file, offset: offset, count: count))
            }
        }
        let words = SpilledWords(descriptors: swept.map(\.descriptor), chunks: byPass)
        return swept.allSatisfy({ $0.chunks != nil }) ? words : nil
    }

    /// Writes the words of `documents` to a new scratch file, pass by pass in chunks: the file and its chunks, nil
    /// chunks when the file could not be made or written.
    private static func sweep(_ documents: Range<Int>, text: (Int) -> ComparableText, passes: Int,
                              chunkWords: Int) -> (descriptor: Int32, chunks: [(pass: Int, offset: Int, count: Int)]?) {
        var template = Array((FileManager.default.temporaryDirectory.path + "/gxsite-words-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return (descriptor, nil) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        // One buffer of `chunkWords` words a pass, side by side in one array: every shingle of the sweep goes through
        // here, and an array a pass cost a uniqueness check of both arrays a word, several times the hashing itself
        // (`SpilledWordsTests` checks what is written).
        var buffer = [UInt64](repeating: 0, count: passes * chunkWords)
        var filled = [Int](repeating: 0, count: passes)
        var chunks: [(pass: Int, offset: Int, count: Int)] = [], offset = 0, failed = false
        buffer.withUnsafeMutableBufferPointer { buffer in
            filled.withUnsafeMutableBufferPointer { filled in
                func write(_ pass: Int) {
                    let start = pass * chunkWords
                    let words = UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + filled[pass])])
                    let bytes = words.count * MemoryLayout<UInt64>.size
                    if pwrite(descriptor, words.baseAddress, bytes, off_t(offset)) != bytes { failed = true }
                    chunks.append((pass, offset, words.count))
                    offset += bytes
                    filled[pass] = 0
                }
                for d in documents where !failed {
                    Shingles.forEach(text(d).units) { _, hash in
                        let pass = Boilerplate.pass(of: hash, among: passes)
                        buffer[pass * chunkWords + filled[pass]] = Boilerplate.word(hash, document: d)
                        filled[pass] += 1
                        if filled[pass] == chunkWords { write(pass) }
                    }
                }
                for pass in 0..<passes where filled[pass] > 0 && !failed { write(pass) }
            }
        }
        return (descriptor, failed ? nil : chunks)
    }

    /// The words of pass `pass`, in document order, in place of `words`' own; false when a file could not be read back
    /// (the count then makes the pass's words again).
    func read(pass: Int, into words: inout [UInt64]) -> Bool {
        words.removeAll(keepingCapacity: true)
        words.reserveCapacity(chunks[pass].reduce(0) { $0 + $1.count })
        for chunk in chunks[pass] {
            let start = words.count
            words += repeatElement(0, count: chunk.count)
            let bytes = chunk.count * MemoryLayout<UInt64>.size
            let read = words.withUnsafeMutableBytes {
                pread(descriptors[chunk.file], $0.baseAddress! + start * MemoryLayout<UInt64>.size, bytes,
                      off_t(chunk.offset))
            }
            guard read == bytes else { return false }
        }
        return true
    }
}
