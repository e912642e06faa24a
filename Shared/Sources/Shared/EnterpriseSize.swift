/// The EU definition of micro, small and medium-sized enterprises (Commission Recommendation
/// 2003/361/EC, Annex Art. 2): a staff headcount ceiling, and a turnover ceiling OR a balance-sheet
/// ceiling (an enterprise may meet either financial one).
public enum EnterpriseSize {
    struct Ceiling {
        let size: Components.Schemas.SizeClass
        let staffBelow: Int
        let turnoverAtMost: Int64
        let balanceSheetAtMost: Int64
    }

    static let ceilings = [
        Ceiling(size: .micro, staffBelow: 10, turnoverAtMost: 2_000_000, balanceSheetAtMost: 2_000_000),
        Ceiling(size: .small, staffBelow: 50, turnoverAtMost: 10_000_000, balanceSheetAtMost: 10_000_000),
        Ceiling(size: .medium, staffBelow: 250, turnoverAtMost: 50_000_000, balanceSheetAtMost: 43_000_000),
    ]

    /// The size class for these figures; nil without a staff headcount, or without both financial
    /// figures (the definition cannot be applied on staff alone).
    public static func classify(staffHeadcount: Int?, annualTurnoverEUR: Int64?, balanceSheetTotalEUR: Int64?) -> Components.Schemas.SizeClass? {
        guard let staff = staffHeadcount, annualTurnoverEUR != nil || balanceSheetTotalEUR != nil else { return nil }
        for ceiling in ceilings where staff < ceiling.staffBelow {
            let turnoverFits = annualTurnoverEUR.map { $0 <= ceiling.turnoverAtMost } ?? false
            let balanceFits = balanceSheetTotalEUR.map { $0 <= ceiling.balanceSheetAtMost } ?? false
            if turnoverFits || balanceFits { return ceiling.size }
        }
        return .large
    }
}
