import Mustache

/// A string a section pushed on swift-mustache's context stack has no children to look names up in.
///
/// Inside `{{#href}}…{{href}}…{{/href}}` the string is the top of the stack, and without this conformance swift-mustache
/// builds a `Mirror` of it for every name looked up there, only to find no child: reflection at every lookup of every
/// page, for nothing. The answer is the same (none), so the lookup goes on down the stack as it would without this.
extension String: @retroactive MustacheParent {
    /// No child: a string has no named parts.
    public func child(named: String) -> Any? { nil }
}
