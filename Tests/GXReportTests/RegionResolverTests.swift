import Testing
import GXReport

@Suite struct RegionResolverTests {
    @Test(arguments: [
        ("宁波市镇海区经济和信息化局", "宁波市镇海区"),
        ("余姚市市场监督管理局", "余姚市"),
        ("宁海县商务局", "宁海县"),
        ("二七区工业和信息化局", "二七区"),
        ("椒江区人民政府行政服务中心", "椒江区"),
        ("上海市科学技术委员会", "上海市"),
        ("上海市人民政府办公厅", "上海市"),
        ("沭阳县发展和改革局", "沭阳县"),
        ("浙江省宁波市镇海区经济和信息化局", "浙江省宁波市镇海区"),
        ("淮安市教育局", "淮安市"),
        ("上海市浦东新区人民政府", "上海市浦东新区"),
        ("上海市黄浦区民政局", "上海市黄浦区"),
        // A county may follow its province directly, as directly administered ones always do.
        ("浙江省余姚市财政局", "浙江省余姚市"),
        ("湖北省仙桃市人民政府", "湖北省仙桃市"),
        // 镇海区 is in 宁波市, not 郑州市: the chain stops where the nesting breaks.
        ("郑州市镇海区", "郑州市"),
        ("国家税务总局", ""),
        ("市场监督管理局", ""),
        ("", ""),
    ])
    func region(agency: String, expected: String) {
        #expect(RegionResolver.shared.region(forAgency: agency) == expected)
    }

    @Test(arguments: [
        ("余姚市人民政府", true),
        ("宁波市镇海区人民政府", true),
        ("上海市人民政府", true),
        ("上海市人民政府办公厅", false),
        ("余姚市市场监督管理局", false),
        ("人民政府", false),
    ])
    func government(agency: String, expected: Bool) {
        #expect(RegionResolver.shared.isGovernment(agency: agency) == expected)
    }

    @Test func bundledListCarriesTheNamesReportsUse() {
        for name in ["余姚市", "宁海县", "镇海区", "二七区", "椒江区", "沭阳县", "淮安市", "上海市", "浦东新区"] {
            #expect(RegionResolver.shared.region(forAgency: name + "某局") == name)
        }
    }

    @Test func customList() {
        let resolver = RegionResolver(divisionsTSV: """
            # adcode\tname\tparent_adcode
            330000\t浙江省\t
            330200\t宁波市\t330000
            330211\t镇海区\t330200
            """)
        #expect(resolver.region(forAgency: "宁波市镇海区某局") == "宁波市镇海区")
        #expect(resolver.region(forAgency: "余姚市某局") == "")
    }
}
