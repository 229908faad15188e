namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Industry and business words: low-information tokens that weigh less than a distinctive name (and less again
/// through their rarity over the index). Each row is "canonical English|variants": a variant with Han characters is a
/// Chinese word, any other variant an English or pinyin spelling. The canonical words are what a token becomes, so
/// 新能源, "xin neng yuan" and "New Energy" all give the tokens "new" "energy". Pinyin of the Chinese words (two
/// syllables or more) is added through ICU. This is a glossary of words, not a transliteration table.
/// </summary>
internal static class GenericTerms
{
    public static readonly string[] Rows =
    [
        // Energy, PV, polysilicon.
        "new energy|新能源", "energy|能源", "new material|新材料|new materials", "material|材料|materials",
        "silicon industry|硅业", "silicon material|硅材料", "polysilicon|多晶硅|poly silicon|polycrystalline silicon",
        "monocrystalline silicon|单晶硅|monosilicon", "silicon energy|硅能源", "solar|太阳能|光能", "photovoltaic|光伏|pv",
        "solar energy|太阳能源", "power|电力", "electric|电气|electrical|elec", "electricity", "coal electricity|煤电",
        "coal|煤炭|煤业", "green energy|绿能|绿色能源", "green|绿色", "clean energy|清洁能源", "wafer|硅片|wafers",
        "cell|电池片|cells", "module|组件|modules", "battery|电池|batteries", "glass|玻璃", "inverter|逆变器|inverters",
        "quartz|石英", "crucible|坩埚", "aluminum foil|铝箔|aluminium foil", "aluminum|铝业|铝材|aluminium",
        // Metals, mining, chemicals.
        "nonferrous metal|有色金属|non ferrous metal|non-ferrous metals|nonferrous metals", "metal|金属|metals",
        "mining|矿业", "mine", "gold mine|金矿", "gold|黄金", "copper|铜业", "magnesium|镁业",
        "magnesium product|镁制品|magnesium products", "rare earth|稀土", "steel|钢铁", "iron",
        "chemical|化工|化学|chemicals|chemistry|chem", "industrial gas|工业气体",
        // Textiles, farming, food.
        "textile|纺织|textiles", "wool textile|毛纺|毛纺织|wool spinning", "cotton|棉花|棉业", "linen", "cotton linen|棉麻",
        "cotton textile|棉纺|棉纺织", "spinning|纺纱", "yarn|纱线", "garment|服装|服饰|garments|apparel", "shoe|鞋业|shoes|footwear",
        "food|食品|foods", "fruit vegetable|果蔬", "agriculture|农业|agricultural", "livestock|畜牧", "tomato|番茄",
        "sugar|糖业", "biotechnology|生物科技|biotech|bio tech|bio technology", "bio|生物", "pharmaceutical|制药|医药",
        // Business words.
        "technology|科技|技术|tech|technologies|technological", "science|科学", "science technology|科学技术",
        "industry|工业|产业|实业|industries|industrial", "trade|贸易|商贸|trading|commerce|commercial|经贸",
        "business|商务", "economic trade|经济贸易", "import export|进出口", "development|发展|开发", "investment|投资",
        "international|国际|intl", "manufacturing|制造|manufacture|mfg", "product|制品|产品|products", "equipment|设备",
        "machinery|机械|machine", "engineering|工程", "construction|建设|建筑|建工", "production|生产",
        "production construction|生产建设", "corps|兵团", "environmental|环保|environment", "resource|资源|resources",
        "logistics|物流", "warehousing|仓储|warehouse", "logistics park|物流园|物流园区", "supply chain|供应链",
        "service|服务|services", "foundation|基业", "reserve|储备", "electronics|电子|electronic", "automation|自动化",
        "cnc|数控", "grinding machine|磨床", "western|西部", "century|世纪", "sunshine|阳光", "new",
    ];

    /// <summary>English words that say nothing about a company and are dropped.</summary>
    public static readonly string[] LatinStopWords = ["and", "of", "the", "for", "in", "at", "a", "an"];
}
