enum EmbeddedRulePack { static let files: [(path: String, text: String)] = [] }
