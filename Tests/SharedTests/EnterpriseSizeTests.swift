import Shared
import Testing

/// Recommendation 2003/361/EC at its boundaries: staff is a hard ceiling, and either financial
/// ceiling is enough.
@Suite struct EnterpriseSizeTests {
    @Test(arguments: [
        // staff, turnover, balance sheet, expected
        (9, Int64(2_000_000), Int64?.none, "micro"),
        (10, Int64(2_000_000), Int64?.none, "small"),
        (9, Int64(2_000_001), Int64?.none, "small"),
        (9, Int64(50_000_000), Int64?(2_000_000), "micro"),
        (49, Int64(10_000_000), Int64?.none, "small"),
        (50, Int64(1), Int64?.none, "medium"),
        (249, Int64(50_000_000), Int64?.none, "medium"),
        (249, Int64(60_000_000), Int64?(43_000_000), "medium"),
        (249, Int64(60_000_000), Int64?(43_000_001), "large"),
        (250, Int64(1), Int64?(1), "large"),
    ])
    func classifies(staff: Int, turnover: Int64, balance: Int64?, expected: String) {
        #expect(EnterpriseSize.classify(staffHeadcount: staff, annualTurnoverEUR: turnover, balanceSheetTotalEUR: balance)?.rawValue == expected)
    }

    @Test func needsStaffAndOneFinancialFigure() {
        #expect(EnterpriseSize.classify(staffHeadcount: 5, annualTurnoverEUR: nil, balanceSheetTotalEUR: nil) == nil)
        #expect(EnterpriseSize.classify(staffHeadcount: nil, annualTurnoverEUR: 1, balanceSheetTotalEUR: 1) == nil)
        #expect(EnterpriseSize.classify(staffHeadcount: 5, annualTurnoverEUR: nil, balanceSheetTotalEUR: 3_000_000) == .small)
    }
}
