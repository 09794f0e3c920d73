import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GXBuild

/// Converts legacy word-processor files (.doc, .wps, .rtf, .odt) to DOCX with a headless LibreOffice, so the DOCX reader
/// reads them; one LibreOffice call runs at a time in the process.
public struct LegacyConverter: Sendable {
    /// The extensions read through a conversion; each is also the format recorded in the report.
    public static let formats: Set<String> = ["doc", "wps", "rtf", "odt"]
    /// The Debian package that gives a LibreOffice Writer without a display.
    public static let package = "libreoffice-writer-nogui"
    /// The environment variable that names the `soffice` to run, before `soffice` and `libreoffice` on PATH.
    public static let variable = "GXSITE_SOFFICE"
    /// Files per LibreOffice call: starting it costs seconds, while a time-out fails only its own call's files.
    static let batchSize = 128

    /// LibreOffice's `soffice`, nil when none was found.
    public var executable: String?
    /// Seconds any call may run before its process group is killed, on top of `secondsPerFile` for each file.
    public var seconds: Double
    /// Seconds added to a call's limit for each file it converts (a report takes well under one).
    public var secondsPerFile: Double
    /// Where converted files are kept between builds, named by the SHA-256 of the original: a report page made again
    /// (after a theme or config change) reads its report again, and its file is then not converted again.
    var store: URL?

    /// Two LibreOffice processes started together compete for the same two cores and, sharing a profile, would hand
    /// their work to each other: one call at a time in the process.
    private static let lock = NSLock()

    /// A converter running the `soffice` that `environment` points to (see `locate`), with the given time limits.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, seconds: Double = 60,
                secondsPerFile: Double = 5) {
        executable = Self.locate(environment: environment)
        self.seconds = seconds
        self.secondsPerFile = secondsPerFile
    }

    /// Whether the input at `path` is read through a conversion, from its extension.
    static func reads(_ path: String) -> Bool {
        formats.contains((path as NSString).pathExtension.lowercased())
    }

    /// `GXSITE_SOFFICE` when set (nil when it names no executable: an explicit choice is not second-guessed), else
    /// `soffice` or `libreoffice` on PATH.
    static func locate(environment: [String: String]) -> String? {
        if let chosen = environment[variable], !chosen.isEmpty {
            return access(chosen, X_OK) == 0 ? chosen : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["soffice", "libreoffice"] {
            for folder in folders where !folder.isEmpty {
                let path = folder + "/" + name
                if let stamp = FileStamp.following(path), stamp.isRegular, access(path, X_OK) == 0 { return path }
            }
        }
        return nil
    }

    /// What the build's key records of the converter: a site with legacy inputs is built again when LibreOffice is
    /// installed, removed or upgraded.
    var stamp: String {
        guard let executable else { return "no soffice" }
        let target = URL(fileURLWithPath: executable).resolvingSymlinksInPath().path
        return "soffice \(executable) " + (FileStamp.following(target).map { "\($0.size) \($0.modified) \($0.inode)" } ?? "-")
    }

    /// Whether `data` starts as a file of `format` does: LibreOffice imports anything it does not recognise as plain
    /// text, so a damaged file would otherwise become a document of garbage rather than a diagnostic.
    static func looksLike(_ format: String, _ data: Data) -> Bool {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        let rtf = Array("{\\rtf".utf8)
        switch format {
        case "odt": return data.starts(with: zip)
        case "rtf": return data.starts(with: rtf)
        // Word 97–2003 and WPS files are OLE2 compound files; RTF and DOCX files are often saved under .doc too.
        default: return data.starts(with: ole) || data.starts(with: rtf) || data.starts(with: zip)
        }
    }

    /// A new folder only this user can enter (mkdtemp makes it 0700): the inputs and the profile LibreOffice writes
    /// are not for other users to read or plant files in.
    static func privateFolder() -> Result<URL, Failure> {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("gxsite-legacy-XXXXXX").path
        var bytes = Array(template.utf8CString)
        // mkdtemp fills the X's in place, in the buffer it is given.
        guard bytes.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            return .failure(.system(String(cString: strerror(errno))))
        }
        return .success(URL(fileURLWithPath: bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, isDirectory: true))
    }

    /// Converts one file on its own, for an input read outside a build's batch; its folder is removed before returning.
    public func convert(_ data: Data, format: String) -> Result<Data, Failure> {
        if let stored = stored(SHA256.hex(data)), let docx = try? Data(contentsOf: stored) { return .success(docx) }
        guard executable != nil else { return .failure(.missing) }
        guard Self.looksLike(format, data) else { return .failure(.wrongContent(format)) }
        return Self.privateFolder().flatMap { folder in
            defer { try? FileManager.default.removeItem(at: folder) }
            return convert([(data, format, "input")], in: folder)[0].flatMap { url in
                Result { try Data(contentsOf: url) }.mapError { .system(OutputWriter.reason($0)) }
            }
        }
    }

    /// The converted file of the original whose SHA-256 is `digest`, when the store has it.
    func stored(_ digest: String) -> URL? {
        guard let url = store?.appendingPathComponent(digest + ".docx"), FileStamp.following(url.path)?.isRegular == true else { return nil }
        return url
    }

    /// Removes from `store` the converted files of originals no longer among the inputs (`digests`, their SHA-256).
    static func prune(_ store: URL, keeping digests: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: store.path) else { return }
        for name in names where !(name.hasSuffix(".docx") && digests.contains(String(name.dropLast(5)))) {
            try? FileManager.default.removeItem(at: store.appendingPathComponent(name))
        }
    }

    /// Converts `files` in one LibreOffice call, but those the store has; each DOCX is left in `folder`'s `out` as
    /// `<name>.docx`, and kept in the store (`folder` is private and the caller's; the names are unique in it). The
    /// inputs' copies and the profile are removed afterwards.
    func convert(_ files: [(data: Data, format: String, name: String)], in folder: URL) -> [Result<URL, Failure>] {
        let digests = store == nil ? [] : files.map { SHA256.hex($0.data) }
        let found = digests.map { stored($0) }
        guard executable != nil else {
            // Without LibreOffice, only what the store holds can be read.
            return files.indices.map { i in (found.isEmpty ? nil : found[i]).map { .success($0) } ?? .failure(.missing) }
        }
        let fm = FileManager.default
        let inbox = folder.appendingPathComponent("in"), outbox = folder.appendingPathComponent("out")
        // A profile of its own: the user's would be shared with a LibreOffice they have open, which would take the work.
        let profile = folder.appendingPathComponent("profile")
        defer {
            try? fm.removeItem(at: inbox)
            try? fm.removeItem(at: profile)
        }
        do {
            try fm.createDirectory(at: inbox, withIntermediateDirectories: true)
            try fm.createDirectory(at: outbox, withIntermediateDirectories: true)
        } catch {
            return files.map { _ in .failure(.system(OutputWriter.reason(error))) }
        }
        var batch = stage(files, found: found, in: inbox)
        guard !batch.paths.isEmpty else { return batch.results }
        let failures = run(batch, of: files, outbox: outbox, profile: profile)
        for (n, i) in batch.converting.enumerated() {
            let url = outbox.appendingPathComponent(files[i].name + ".docx")
            // After a time-out even a file that is there may be cut short: it is not used.
            if let failure = failures[n] {
                batch.results[i] = .failure(failure)
            } else if FileStamp.following(url.path)?.isRegular == true {
                batch.results[i] = .success(keep(url, digest: digests.isEmpty ? nil : digests[i]) ?? url)
            }
        }
        return batch.results
    }

    /// The files of one `convert` call: each one's result so far, and the copies left for LibreOffice.
    private struct Batch {
        /// Per file: the stored conversion, why it is not converted, or `.rejected` until LibreOffice writes it.
        var results: [Result<URL, Failure>]
        /// The copies to convert.
        var paths: [String] = []
        /// The index in the files of each copy.
        var converting: [Int] = []
    }

    /// Takes the stored conversions, rejects what is not what its format says, and copies the rest into `inbox`.
    private func stage(_ files: [(data: Data, format: String, name: String)], found: [URL?], in inbox: URL) -> Batch {
        var batch = Batch(results: [Result<URL, Failure>](repeating: .failure(.rejected), count: files.count))
        for (i, file) in files.enumerated() {
            if !found.isEmpty, let stored = found[i] {
                batch.results[i] = .success(stored)
                continue
            }
            guard Self.looksLike(file.format, file.data) else {
                batch.results[i] = .failure(.wrongContent(file.format))
                continue
            }
            // Named by index, not by the input's name: two inputs `a.doc` in different folders would both become `a.docx`.
            let url = inbox.appendingPathComponent("\(file.name).\(file.format)")
            do {
                try file.data.write(to: url)
            } catch {
                batch.results[i] = .failure(.system(OutputWriter.reason(error)))
                continue
            }
            batch.paths.append(url.path)
            batch.converting.append(i)
        }
        return batch
    }

    /// Converts the batch's copies into `outbox`: the failure of each copy, nil for those LibreOffice went through.
    private func run(_ batch: Batch, of files: [(data: Data, format: String, name: String)], outbox: URL, profile: URL) -> [Failure?] {
        let fm = FileManager.default
        let paths = batch.paths
        var failures = [Failure?](repeating: nil, count: batch.converting.count)
        if let failure = run(paths, outdir: outbox.path, profile: profile, limit: seconds + secondsPerFile * Double(paths.count)) {
            failures = failures.map { _ in failure }
            // One file that stalls LibreOffice would fail its whole call, in every build: after a time-out each file
            // is converted on its own, so only that file fails.
            if case .timedOut = failure, paths.count > 1 {
                for n in paths.indices {
                    // What the killed call left (its profile, a file it was writing) is not taken for this call's.
                    try? fm.removeItem(at: profile)
                    try? fm.removeItem(at: outbox.appendingPathComponent(files[batch.converting[n]].name + ".docx"))
                    failures[n] = run([paths[n]], outdir: outbox.path, profile: profile, limit: seconds + secondsPerFile)
                }
            }
        }
        return failures
    }

    /// Copies the converted file at `url` into the store as the conversion of the original whose SHA-256 is `digest`;
    /// the stored file, or nil when there is no store or it cannot be written (the file is then converted again later).
    private func keep(_ url: URL, digest: String?) -> URL? {
        guard let store, let digest, let data = try? Data(contentsOf: url) else { return nil }
        let target = store.appendingPathComponent(digest + ".docx")
        do {
            try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
            // Atomic: a build killed while writing leaves no half file for the next to read as the conversion.
            try data.write(to: target, options: .atomic)
            return target
        } catch {
            return nil
        }
    }

    /// Runs LibreOffice on `paths` under the process-wide lock; nil when it ran to its end (each file converted or
    /// not), the failure of every file otherwise.
    private func run(_ paths: [String], outdir: String, profile: URL, limit: Double) -> Failure? {
        guard let executable else { return .missing }
        let arguments = ["--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=" + profile.absoluteString,
                         "--convert-to", "docx", "--outdir", outdir] + paths
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let spawned = ProcessGroup.spawn(executable, arguments)
        guard let pid = spawned.pid else { return .system(String(cString: strerror(spawned.error))) }
        return ProcessGroup.wait(pid, seconds: limit) ? nil : .timedOut(seconds: Int(limit.rounded(.up)))
    }
}

/// The failures of a conversion, beside the converter they come from.
extension LegacyConverter {
    /// Why a legacy file was not converted.
    public enum Failure: Error, Sendable, Equatable {
        /// No LibreOffice was found.
        case missing
        /// The bytes are not of the format the file's extension names.
        case wrongContent(String)
        /// LibreOffice ran but wrote nothing for the file (damaged, encrypted, or not what it claims).
        case rejected
        /// The call ran over its time limit, and its processes were killed.
        case timedOut(seconds: Int)
        /// LibreOffice could not be started, or its files not written.
        case system(String)

        /// Whether the same bytes may convert in another build (LibreOffice installed, a less busy machine): such an
        /// outcome is not kept in the parse cache.
        var isTransient: Bool {
            switch self {
            case .missing, .timedOut, .system: true
            case .wrongContent, .rejected: false
            }
        }

        /// The `unreadable-input` finding's message for an input of `format`.
        func message(format: String) -> String {
            switch self {
            case .missing: SiteMessages.converterMissing(format: format, package: LegacyConverter.package)
            case .wrongContent(let format): SiteMessages.legacyWrongContent(format: format)
            case .rejected: SiteMessages.legacyRejected
            case .timedOut(let seconds): SiteMessages.legacyTimedOut(seconds: seconds)
            case .system(let reason): SiteMessages.converterFailed(reason)
            }
        }
    }
}
