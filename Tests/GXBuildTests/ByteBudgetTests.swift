import Testing
@testable import GXBuild

/// A byte budget drawn on from several threads: never more than it holds, and all of it when the draws fit.
struct ByteBudgetTests {
    @Test(arguments: [(budget: 0, draw: 1), (budget: 1000, draw: 7), (budget: 1000, draw: 1000),
                      (budget: 999, draw: 1000)])
    func drawsNeverExceedTheBudget(budget: Int, draw: Int) {
        let bytes = ByteBudget(budget)
        let granted = Parallel.map(Array(0..<400), jobs: 4) { _ in bytes.take(draw) }.count { $0 }
        #expect(granted == min(400, budget / draw))
        #expect(!bytes.take(draw))
    }
}
