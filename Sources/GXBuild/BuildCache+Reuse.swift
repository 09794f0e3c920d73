import Foundation
import GXReport

extension BuildCache {
    /// Text reuse's memory of the last build whose parses were keyed under `seed`; nil when there is none, or it is
    /// unreadable or another's.
    package func loadReuse(seed: String) -> TextReuseMemory? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: reusePath), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { ReuseArchive.decode($0, seed: seed) }
    }

    /// Keeps text reuse's memory for the next build; without one (nothing was compared), forgets the last.
    package func saveReuse(_ memory: TextReuseMemory?, seed: String) throws {
        guard let memory else {
            unlink(reusePath)
            return
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ReuseArchive.encode(memory, seed: seed).withUnsafeBytes { try write($0, to: reusePath) }
    }
}
