import ChatScreenCorpus
import Testing

@Suite struct CorpusGeneratorTests {
    @Test func placeholder() { #expect(Array(CorpusGenerator(seed: 1).prefix(0)).isEmpty) }
}
