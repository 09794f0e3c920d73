/// Real place names and department names that synthetic agency names are built from.
///
/// The curated regions (those of the seeds and samples, and their neighbours) come first so
/// that small corpora look like the reports a county's disclosure office actually collects;
/// the national list behind them only serves corpora too large for the curated pool.
enum RegionCatalog {
    /// A county-, district- or city-level division, written the way agencies prefix their names.
    struct Region: Sendable {
        /// The name as it begins agency names (e.g. 宁波市镇海区, 余姚市, 椒江区).
        let name: String
        /// A prefecture-level city: its health department is a 卫生健康委员会.
        let isPrefecture: Bool
        /// Real 街道 and 镇 of the division, which publish reports of their own.
        let towns: [String]
    }

    /// A department: its name after the region, and how likely it is to receive many applications.
    struct Department: Sendable {
        /// The department's name as it follows the region name.
        let name: String
        /// Share of such agencies with tens to hundreds of applications a year, in percent.
        let busyPercent: Int
    }

    static let curated: [Region] = [
        Region(name: "宁波市", isPrefecture: true, towns: []),
        Region(name: "杭州市", isPrefecture: true, towns: []),
        Region(name: "台州市", isPrefecture: true, towns: []),
        Region(name: "宿迁市", isPrefecture: true, towns: []),
        Region(name: "淮安市", isPrefecture: true, towns: []),
        Region(name: "郑州市", isPrefecture: true, towns: []),
        Region(name: "余姚市", isPrefecture: false, towns: ["阳明街道", "梨洲街道", "凤山街道", "兰江街道", "梁弄镇", "泗门镇", "马渚镇", "陆埠镇"]),
        Region(name: "慈溪市", isPrefecture: false, towns: ["浒山街道", "古塘街道", "白沙路街道", "坎墩街道", "周巷镇", "观海卫镇", "龙山镇"]),
        Region(name: "宁海县", isPrefecture: false, towns: ["跃龙街道", "桃源街道", "梅林街道", "西店镇", "长街镇", "岔路镇"]),
        Region(name: "象山县", isPrefecture: false, towns: ["丹东街道", "丹西街道", "石浦镇", "西周镇"]),
        Region(name: "宁波市镇海区", isPrefecture: false, towns: ["招宝山街道", "蛟川街道", "骆驼街道", "庄市街道", "九龙湖镇"]),
        Region(name: "宁波市北仑区", isPrefecture: false, towns: ["新碶街道", "大碶街道", "小港街道", "春晓街道"]),
        Region(name: "宁波市鄞州区", isPrefecture: false, towns: ["钟公庙街道", "首南街道", "姜山镇", "咸祥镇"]),
        Region(name: "宁波市海曙区", isPrefecture: false, towns: []),
        Region(name: "宁波市江北区", isPrefecture: false, towns: []),
        Region(name: "宁波市奉化区", isPrefecture: false, towns: []),
        Region(name: "杭州市西湖区", isPrefecture: false, towns: ["北山街道", "西溪街道", "灵隐街道", "翠苑街道", "文新街道", "三墩镇", "双浦镇"]),
        Region(name: "杭州市上城区", isPrefecture: false, towns: ["湖滨街道", "清波街道", "小营街道"]),
        Region(name: "杭州市拱墅区", isPrefecture: false, towns: []),
        Region(name: "杭州市萧山区", isPrefecture: false, towns: []),
        Region(name: "杭州市余杭区", isPrefecture: false, towns: []),
        Region(name: "杭州市滨江区", isPrefecture: false, towns: []),
        Region(name: "桐庐县", isPrefecture: false, towns: ["桐君街道", "富春江镇", "分水镇"]),
        Region(name: "淳安县", isPrefecture: false, towns: []),
        Region(name: "建德市", isPrefecture: false, towns: []),
        Region(name: "椒江区", isPrefecture: false, towns: ["海门街道", "白云街道", "葭沚街道", "大陈镇"]),
        Region(name: "黄岩区", isPrefecture: false, towns: ["东城街道", "西城街道", "院桥镇", "宁溪镇"]),
        Region(name: "路桥区", isPrefecture: false, towns: []),
        Region(name: "临海市", isPrefecture: false, towns: ["古城街道", "杜桥镇"]),
        Region(name: "温岭市", isPrefecture: false, towns: ["太平街道", "泽国镇", "大溪镇"]),
        Region(name: "玉环市", isPrefecture: false, towns: []),
        Region(name: "三门县", isPrefecture: false, towns: []),
        Region(name: "天台县", isPrefecture: false, towns: []),
        Region(name: "仙居县", isPrefecture: false, towns: []),
        Region(name: "沭阳县", isPrefecture: false, towns: ["沭城街道", "南湖街道", "胡集镇", "钱集镇", "韩山镇"]),
        Region(name: "泗阳县", isPrefecture: false, towns: []),
        Region(name: "泗洪县", isPrefecture: false, towns: []),
        Region(name: "宿迁市宿城区", isPrefecture: false, towns: []),
        Region(name: "宿迁市宿豫区", isPrefecture: false, towns: []),
        Region(name: "淮安市清江浦区", isPrefecture: false, towns: []),
        Region(name: "淮安市淮阴区", isPrefecture: false, towns: []),
        Region(name: "淮安市淮安区", isPrefecture: false, towns: []),
        Region(name: "淮安市洪泽区", isPrefecture: false, towns: []),
        Region(name: "涟水县", isPrefecture: false, towns: []),
        Region(name: "盱眙县", isPrefecture: false, towns: []),
        Region(name: "金湖县", isPrefecture: false, towns: []),
        Region(name: "二七区", isPrefecture: false, towns: ["淮河路街道", "解放路街道", "长江路街道", "马寨镇"]),
        Region(name: "郑州市金水区", isPrefecture: false, towns: []),
        Region(name: "郑州市中原区", isPrefecture: false, towns: []),
        Region(name: "新郑市", isPrefecture: false, towns: []),
        Region(name: "登封市", isPrefecture: false, towns: []),
        Region(name: "诸暨市", isPrefecture: false, towns: ["暨阳街道", "浣东街道", "店口镇", "枫桥镇"]),
        Region(name: "海宁市", isPrefecture: false, towns: []),
        Region(name: "桐乡市", isPrefecture: false, towns: []),
        Region(name: "德清县", isPrefecture: false, towns: []),
        Region(name: "安吉县", isPrefecture: false, towns: []),
        Region(name: "长兴县", isPrefecture: false, towns: []),
    ]

    /// Prefecture- and county-level divisions of the whole country, minus the curated ones.
    static let national: [Region] = {
        var seen = Set(curated.map(\.name))
        var regions: [Region] = []
        for (list, isPrefecture) in [(nationalPrefectures, true), (nationalCounties, false)] {
            for name in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let name = String(name)
                if seen.insert(name).inserted {
                    regions.append(Region(name: name, isPrefecture: isPrefecture, towns: []))
                }
            }
        }
        return regions
    }()

    /// Departments every division has; the first entry is the government itself.
    static let departments: [Department] = [
        Department(name: "人民政府", busyPercent: 55),
        Department(name: "人民政府办公室", busyPercent: 20),
        Department(name: "发展和改革局", busyPercent: 15),
        Department(name: "经济和信息化局", busyPercent: 10),
        Department(name: "教育局", busyPercent: 20),
        Department(name: "科学技术局", busyPercent: 5),
        Department(name: "公安局", busyPercent: 45),
        Department(name: "民政局", busyPercent: 15),
        Department(name: "司法局", busyPercent: 10),
        Department(name: "财政局", busyPercent: 12),
        Department(name: "人力资源和社会保障局", busyPercent: 25),
        Department(name: "自然资源和规划局", busyPercent: 55),
        Department(name: "住房和城乡建设局", busyPercent: 45),
        Department(name: "交通运输局", busyPercent: 15),
        Department(name: "水利局", busyPercent: 10),
        Department(name: "农业农村局", busyPercent: 15),
        Department(name: "商务局", busyPercent: 8),
        Department(name: "文化和广电旅游体育局", busyPercent: 8),
        Department(name: "卫生健康局", busyPercent: 15),
        Department(name: "退役军人事务局", busyPercent: 8),
        Department(name: "应急管理局", busyPercent: 10),
        Department(name: "审计局", busyPercent: 5),
        Department(name: "市场监督管理局", busyPercent: 40),
        Department(name: "统计局", busyPercent: 5),
        Department(name: "医疗保障局", busyPercent: 10),
        Department(name: "综合行政执法局", busyPercent: 25),
        Department(name: "信访局", busyPercent: 15),
        Department(name: "人民政府行政服务中心", busyPercent: 8),
        Department(name: "大数据发展管理局", busyPercent: 5),
        Department(name: "档案馆", busyPercent: 5),
    ]

    /// How likely a town or street office is to be busy, in percent.
    static let townBusyPercent = 10

    /// The department's name in a given division (cities have a 卫生健康委员会, counties a 卫生健康局).
    static func departmentName(_ department: Department, in region: Region) -> String {
        if region.isPrefecture && department.name == "卫生健康局" { return "卫生健康委员会" }
        return department.name
    }
}
