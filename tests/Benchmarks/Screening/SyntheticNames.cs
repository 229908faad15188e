using System.Text;
using SupplierDD.RiskScoring.Screening.Matching;

namespace SupplierDD.Benchmarks.Screening;

/// <summary>
/// Made-up Chinese company names for the screening benchmark: a place, a two- or three-character brand, industry words and a
/// legal form, written in Chinese characters, in pinyin, or in English with a pinyin brand, as registries and
/// supplier records write them. 5% of suppliers are spelling variants of a listed entity, so the hit path is measured too.
/// </summary>
internal sealed class SyntheticNames(int seed)
{
    // Brand characters with their pinyin (for the Latin spellings of the same synthetic company).
    private static readonly (char Han, string Pinyin)[] BrandCharacters =
    [
        ('华', "hua"), ('鑫', "xin"), ('泰', "tai"), ('中', "zhong"), ('天', "tian"), ('弘', "hong"), ('元', "yuan"), ('美', "mei"),
        ('科', "ke"), ('晶', "jing"), ('隆', "long"), ('基', "ji"), ('通', "tong"), ('威', "wei"), ('阳', "yang"), ('光', "guang"),
        ('东', "dong"), ('方', "fang"), ('金', "jin"), ('石', "shi"), ('远', "yuan"), ('航', "hang"), ('盛', "sheng"), ('宏', "hong"),
        ('达', "da"), ('海', "hai"), ('润', "run"), ('利', "li"), ('恒', "heng"), ('昌', "chang"), ('瑞', "rui"), ('丰', "feng"),
        ('安', "an"), ('平', "ping"), ('宇', "yu"), ('博', "bo"), ('信', "xin"), ('德', "de"), ('永', "yong"), ('兴', "xing"),
        ('亿', "yi"), ('腾', "teng"), ('飞', "fei"), ('凯', "kai"), ('鹏', "peng"), ('正', "zheng"), ('荣', "rong"), ('祥', "xiang"),
        ('嘉', "jia"), ('宝', "bao"), ('成', "cheng"), ('创', "chuang"), ('辉', "hui"), ('明', "ming"), ('新', "xin"), ('佳', "jia"),
        ('林', "lin"), ('森', "sen"), ('源', "yuan"), ('峰', "feng"), ('江', "jiang"), ('河', "he"), ('山', "shan"), ('川', "chuan"),
        ('云', "yun"), ('星', "xing"), ('月', "yue"), ('日', "ri"), ('万', "wan"), ('富', "fu"), ('贵', "gui"), ('吉', "ji"),
        ('庆', "qing"), ('福', "fu"), ('乐', "le"), ('康', "kang"), ('健', "jian"), ('清', "qing"), ('洁', "jie"), ('绿', "lu"),
        ('蓝', "lan"), ('红', "hong"), ('紫', "zi"), ('青', "qing"), ('白', "bai"), ('黑', "hei"), ('龙', "long"), ('凤', "feng"),
        ('虎', "hu"), ('鹰', "ying"), ('豪', "hao"), ('杰', "jie"), ('英', "ying"), ('俊', "jun"), ('卓', "zhuo"), ('越', "yue"),
    ];

    private static readonly (string Han, string Pinyin, string English)[] Places =
    [
        ("新疆", "Xinjiang", "Xinjiang"), ("乌鲁木齐", "Wulumuqi", "Urumqi"), ("石河子", "Shihezi", "Shihezi"), ("昌吉", "Changji", "Changji"),
        ("包头", "Baotou", "Baotou"), ("江苏", "Jiangsu", "Jiangsu"), ("浙江", "Zhejiang", "Zhejiang"), ("无锡", "Wuxi", "Wuxi"),
        ("常州", "Changzhou", "Changzhou"), ("乐山", "Leshan", "Leshan"), ("宁夏", "Ningxia", "Ningxia"), ("内蒙古", "Neimenggu", "Inner Mongolia"),
        ("合肥", "Hefei", "Hefei"), ("西安", "Xian", "Xi'an"), ("青海", "Qinghai", "Qinghai"), ("四川", "Sichuan", "Sichuan"),
    ];

    private static readonly (string Han, string Pinyin, string English)[] Industries =
    [
        ("新能源", "Xinnengyuan", "New Energy"), ("硅业", "Guiye", "Silicon Industry"), ("光伏科技", "Guangfu Keji", "Photovoltaic Technology"),
        ("太阳能科技", "Taiyangneng Keji", "Solar Technology"), ("新材料", "Xincailiao", "New Materials"), ("多晶硅", "Duojinggui", "Polysilicon"),
        ("电力", "Dianli", "Power"), ("纺织", "Fangzhi", "Textile"), ("有色金属", "Youse Jinshu", "Nonferrous Metals"), ("化工", "Huagong", "Chemical"),
        ("贸易", "Maoyi", "Trading"), ("电子", "Dianzi", "Electronics"), ("玻璃", "Boli", "Glass"), ("物流", "Wuliu", "Logistics"),
    ];

    private static readonly (string Han, string Pinyin, string English)[] LegalForms =
    [
        ("有限公司", "Youxian Gongsi", "Co., Ltd."), ("股份有限公司", "Gufen Youxian Gongsi", "Co., Ltd."),
        ("有限责任公司", "Youxian Zeren Gongsi", "Company Limited"), ("集团有限公司", "Jituan Youxian Gongsi", "Group Co., Ltd."),
    ];

    private readonly Random _random = new(seed);

    public ListedEntity Entity()
    {
        var company = NewCompany();
        var aliases = new List<string>();
        for (var i = _random.Next(3); i > 0; i--) aliases.Add(company.Write(_random.Next(3)));
        return new ListedEntity(Guid.NewGuid(), company.Write(_random.Next(3)), aliases, "CN");
    }

    /// <summary>A supplier's names: Latin name, Chinese name, alias. One in twenty is a variant of a listed entity.</summary>
    public string[] Supplier(IReadOnlyList<ListedEntity> listed)
    {
        if (_random.Next(20) == 0)
        {
            var entity = listed[_random.Next(listed.Count)];
            return [entity.Name.ToUpperInvariant().Replace(",", ""), entity.Aliases.FirstOrDefault() ?? entity.Name, NewCompany().Write(0)];
        }
        var company = NewCompany();
        return [company.Write(2), company.Write(0), company.Write(1)];
    }

    private Company NewCompany() => new(
        Pick(Places), Enumerable.Range(0, _random.Next(3) == 0 ? 3 : 2).Select(_ => Pick(BrandCharacters)).ToArray(), Pick(Industries), Pick(LegalForms));

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private sealed record Company(
        (string Han, string Pinyin, string English) Place, (char Han, string Pinyin)[] Brand,
        (string Han, string Pinyin, string English) Industry, (string Han, string Pinyin, string English) Legal)
    {
        /// <summary>0: Chinese characters, 1: full pinyin, 2: English with a pinyin brand.</summary>
        public string Write(int style)
        {
            var brandPinyin = string.Concat(Brand.Select(b => b.Pinyin));
            brandPinyin = char.ToUpperInvariant(brandPinyin[0]) + brandPinyin[1..];
            return style switch
            {
                0 => new StringBuilder(Place.Han).Append(Brand.Select(b => b.Han).ToArray()).Append(Industry.Han).Append(Legal.Han).ToString(),
                1 => $"{Place.Pinyin} {brandPinyin} {Industry.Pinyin} {Legal.Pinyin}",
                _ => $"{Place.English} {brandPinyin} {Industry.English} {Legal.English}",
            };
        }
    }
}

/// <summary>Reads the UFLPA CSV (list,name,aliases,country,...) with quoted fields; enough for the shipped file.</summary>
internal static class UflpaCsv
{
    public static IEnumerable<ListedEntity> Load(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = Split(line);
            if (fields.Count < 4) continue;
            yield return new ListedEntity(Guid.NewGuid(), fields[1], fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries), fields[3]);
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
