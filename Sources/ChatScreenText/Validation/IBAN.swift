/// IBAN checks (ISO 13616): the shape, the country's registered length and the ISO 7064
/// MOD 97-10 check digits.
///
/// ```swift
/// Array("GB82WEST12345698765432".utf8).withUnsafeBufferPointer { PaymentValidation.isValidIBAN($0) }  // true
/// Array("GB82WEST12345698765433".utf8).withUnsafeBufferPointer { PaymentValidation.isValidIBAN($0) }  // false
/// ```
///
/// The candidate is the compact form: letters and digits only, the caller has removed the
/// spaces of the printed form ("GB82 WEST 1234 …"). Letters may be in either case.
extension PaymentValidation {
    /// Whether `compact` is an IBAN with a known country code, that country's exact length and
    /// check digits that hold: moving the first 4 characters to the end and reading letters as
    /// 10…35, the number mod 97 is 1. Implies ``looksLikeIBAN(_:)``.
    ///
    /// ```swift
    /// Array("de89370400440532013000".utf8).withUnsafeBufferPointer { PaymentValidation.isValidIBAN($0) }  // true
    /// ```
    static func isValidIBAN(_ compact: UnsafeBufferPointer<UInt8>) -> Bool {
        guard looksLikeIBAN(compact) else { return false }
        var remainder = 0
        for offset in 0..<compact.count {
            // Read from position 4 to the end, then the first 4 (country code and check digits).
            let byte = compact[(offset + 4) % compact.count]
            if byte >= 0x30, byte <= 0x39 {
                remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            } else {
                remainder = (remainder * 100 + Int((byte | 0x20) - 0x61) + 10) % 97
            }
        }
        return remainder == 1
    }

    /// Whether `compact` is shaped like an IBAN: 2 letters, 2 digits, then 11…30 letters or
    /// digits, where the 2 letters are a country in the IBAN registry and the total length is
    /// exactly that country's IBAN length. The check digits are not verified (see
    /// ``isValidIBAN(_:)``).
    ///
    /// ```swift
    /// Array("GB00WEST12345698765432".utf8).withUnsafeBufferPointer { PaymentValidation.looksLikeIBAN($0) }  // true
    /// Array("GB82WEST1234569876543".utf8).withUnsafeBufferPointer { PaymentValidation.looksLikeIBAN($0) }   // false: GB is 22
    /// ```
    static func looksLikeIBAN(_ compact: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = compact.count
        guard count >= 15, count <= 34 else { return false }
        guard isASCIILetter(compact[0]), isASCIILetter(compact[1]),
              isASCIIDigit(compact[2]), isASCIIDigit(compact[3]) else { return false }
        for index in 4..<count where !isASCIILetter(compact[index]) && !isASCIIDigit(compact[index]) { return false }
        return ibanLength(country: compact[0], compact[1]) == count
    }

    /// The registered IBAN length for a two-letter country code (either case), or nil.
    ///
    /// ```swift
    /// PaymentValidation.ibanLength(country: UInt8(ascii: "N"), UInt8(ascii: "O"))  // 15
    /// ```
    static func ibanLength(country first: UInt8, _ second: UInt8) -> Int? {
        guard isASCIILetter(first), isASCIILetter(second) else { return nil }
        let length = ibanLengthTable[Int((first | 0x20) - 0x61) * 26 + Int((second | 0x20) - 0x61)]
        return length == 0 ? nil : Int(length)
    }

    /// Country code → IBAN length, from the SWIFT IBAN Registry, release 100 (all 89 countries
    /// it lists; the territories that share a country's code, such as Réunion under FR, need
    /// no entry of their own). Covers the EU/EEA, GB, CH, TR, BR, and the other countries
    /// whose accounts show up in extortion and money-mule reports (AE, UA, RU, SA, PK, LT …).
    static let ibanCountryLengths: [(code: String, length: UInt8)] = [
        ("AD", 24), ("AE", 23), ("AL", 28), ("AT", 20), ("AZ", 28), ("BA", 20), ("BE", 16), ("BG", 22), ("BH", 22), ("BI", 27),
        ("BR", 29), ("BY", 28), ("CH", 21), ("CR", 22), ("CY", 28), ("CZ", 24), ("DE", 22), ("DJ", 27), ("DK", 18), ("DO", 28),
        ("EE", 20), ("EG", 29), ("ES", 24), ("FI", 18), ("FK", 18), ("FO", 18), ("FR", 27), ("GB", 22), ("GE", 22), ("GI", 23),
        ("GL", 18), ("GR", 27), ("GT", 28), ("HN", 28), ("HR", 21), ("HU", 28), ("IE", 22), ("IL", 23), ("IQ", 23), ("IS", 26),
        ("IT", 27), ("JO", 30), ("KW", 30), ("KZ", 20), ("LB", 28), ("LC", 32), ("LI", 21), ("LT", 20), ("LU", 20), ("LV", 21),
        ("LY", 25), ("MC", 27), ("MD", 24), ("ME", 22), ("MK", 19), ("MN", 20), ("MR", 27), ("MT", 31), ("MU", 30), ("NI", 28),
        ("NL", 18), ("NO", 15), ("OM", 23), ("PK", 24), ("PL", 28), ("PS", 29), ("PT", 25), ("QA", 29), ("RO", 24), ("RS", 22),
        ("RU", 33), ("SA", 24), ("SC", 31), ("SD", 18), ("SE", 24), ("SI", 19), ("SK", 24), ("SM", 27), ("SO", 23), ("ST", 25),
        ("SV", 28), ("TL", 23), ("TN", 24), ("TR", 26), ("UA", 29), ("VA", 22), ("VG", 24), ("XK", 20), ("YE", 30),
    ]

    /// 26×26 lookup built from ``ibanCountryLengths``; 0 means "no IBAN".
    private static let ibanLengthTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 26 * 26)
        for (code, length) in ibanCountryLengths {
            let letters = Array(code.utf8)
            table[Int(letters[0] - 0x41) * 26 + Int(letters[1] - 0x41)] = length
        }
        return table
    }()
}
