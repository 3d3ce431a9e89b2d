import Foundation

extension String {
    /// The form every text of a register is compared and exported in: NFC (Vietnamese marks precomposed), one
    /// line, single spaces, no space at either end.
    public var registerText: String {
        precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
