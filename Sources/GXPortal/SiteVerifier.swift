import Foundation
import GXBuild

/// Checks a deployed copy of a site against its `manifest.json`.
public struct SiteVerifier: Sendable {
    /// What differs between the folder and its manifest.
    public struct Report: Sendable, Equatable {
        /// Files the manifest lists that the folder lacks.
        public var missing: [String]
        /// Files in the folder that the manifest does not list.
        public var extra: [String]
        /// Files whose size or SHA-256 differ from the manifest.
        public var changed: [String]
        /// Files the manifest lists.
        public var checked: Int

        /// True when the folder matches its manifest exactly.
        public var isIntact: Bool { missing.isEmpty && extra.isEmpty && changed.isEmpty }
    }

    /// The deployed folder.
    public var folder: URL

    /// Creates a verifier.
    public init(folder: URL) {
        self.folder = folder
    }

    /// Compares every file; throws when the manifest is absent or unreadable.
    public func verify() throws(VerifyError) -> Report {
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: manifestURL) else { throw .noManifest(manifestURL.path) }
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = json["files"] as? [[String: Any]] else { throw .badManifest(manifestURL.path) }
        var expected: [String: (Int, String)] = [:]
        for f in files {
            guard let path = f["path"] as? String, let size = f["size"] as? Int, let sha = f["sha256"] as? String else {
                throw .badManifest(manifestURL.path)
            }
            expected[path] = (size, sha)
        }
        var present = Set<String>()
        let base = folder.standardizedFileURL.path
        if let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                present.insert(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
            }
        }
        present.remove("manifest.json")
        var report = Report(missing: [], extra: [], changed: [], checked: expected.count)
        for (path, (size, sha)) in expected {
            guard present.contains(path) else { report.missing.append(path); continue }
            guard let bytes = try? Data(contentsOf: folder.appendingPathComponent(path)),
                  bytes.count == size, SHA256.hex(bytes) == sha else {
                report.changed.append(path)
                continue
            }
        }
        report.extra = present.subtracting(expected.keys).sorted()
        report.missing.sort()
        report.changed.sort()
        return report
    }
}

/// Why a folder could not be verified at all.
public enum VerifyError: Error, Equatable, CustomStringConvertible {
    case noManifest(String)
    case badManifest(String)

    /// The one-line message printed by the CLI.
    public var description: String {
        switch self {
        case .noManifest(let path): "manifest not found: \(path)"
        case .badManifest(let path): "manifest is not a gxsite manifest: \(path)"
        }
    }
}
