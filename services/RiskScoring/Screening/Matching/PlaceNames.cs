namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Place qualifiers: Chinese provinces and regions, Xinjiang's cities and prefectures, other industrial cities.
/// Each row is "key|汉字|other Latin spellings"; the pinyin of the Chinese word is added through ICU, so the row only
/// lists exonyms (Urumqi, Kashgar, Hotan) and old spellings. This is a list of place words, not a transliteration table.
/// </summary>
internal static class PlaceNames
{
    public static readonly string[] Rows =
    [
        // Xinjiang, its prefectures, cities and the counties that appear in listed names.
        "xinjiang|新疆|xuar|sinkiang", "urumqi|乌鲁木齐|urumchi", "shihezi|石河子", "changji|昌吉", "hotan|和田|khotan|hetian",
        "kashgar|喀什|kashi", "aksu|阿克苏|akesu", "turpan|吐鲁番|turfan|tulufan", "shanshan|鄯善|piqan", "hami|哈密|kumul",
        "korla|库尔勒|kuerle", "karamay|克拉玛依|kelamayi", "kuytun|奎屯|kuitun", "ili|伊犁|yili", "yining|伊宁",
        "altay|阿勒泰|aletai", "bortala|博尔塔拉", "bayingolin|巴音郭楞", "kizilsu|克孜勒苏", "tacheng|塔城",
        "wujiaqu|五家渠", "alar|阿拉尔|alaer", "tumxuk|图木舒克", "beitun|北屯", "zhundong|准东", "wusu|乌苏",
        "manas|玛纳斯", "fukang|阜康", "shawan|沙湾", "habahe|哈巴河", "yanqi|焉耆", "kuqa|库车|kuche", "lop|洛浦|luopu",
        "yarkant|莎车|shache", "kashgar prefecture|喀什地区",
        // Provinces, autonomous regions, municipalities, SARs.
        "beijing|北京|peking", "tianjin|天津", "shanghai|上海", "chongqing|重庆", "hebei|河北", "shanxi|山西",
        "inner mongolia|内蒙古|neimenggu|nei mongol", "liaoning|辽宁", "jilin|吉林", "heilongjiang|黑龙江",
        "jiangsu|江苏", "zhejiang|浙江", "anhui|安徽", "fujian|福建", "jiangxi|江西", "shandong|山东", "henan|河南",
        "hubei|湖北", "hunan|湖南", "guangdong|广东", "guangxi|广西", "hainan|海南", "sichuan|四川", "guizhou|贵州",
        "yunnan|云南", "tibet|西藏|xizang", "shaanxi|陕西", "gansu|甘肃", "qinghai|青海", "ningxia|宁夏",
        "hong kong|香港|xianggang|hk", "macau|澳门|macao|aomen", "taiwan|台湾", "china|中国|zhongguo|prc",
        // Cities with PV, polysilicon, textile or metals industry, and those in listed names.
        "guangzhou|广州|canton", "shenzhen|深圳", "dongguan|东莞", "foshan|佛山", "zhuhai|珠海", "xiamen|厦门|amoy",
        "fuzhou|福州", "quanzhou|泉州", "hangzhou|杭州", "ningbo|宁波", "jiaxing|嘉兴", "wenzhou|温州", "shaoxing|绍兴",
        "huzhou|湖州", "nanjing|南京", "suzhou|苏州", "wuxi|无锡", "changzhou|常州", "xuzhou|徐州", "yangzhou|扬州",
        "nantong|南通", "lianyungang|连云港", "yancheng|盐城", "zhenjiang|镇江", "taizhou|泰州", "hefei|合肥",
        "chuzhou|滁州", "wuhu|芜湖", "wuhan|武汉", "changsha|长沙", "chengdu|成都", "leshan|乐山", "yibin|宜宾",
        "xian|西安|xi an", "zhengzhou|郑州", "jinan|济南", "qingdao|青岛", "yantai|烟台", "rizhao|日照", "binzhou|滨州",
        "heze|菏泽", "dezhou|德州", "shijiazhuang|石家庄", "baoding|保定", "hengshui|衡水", "xingtai|邢台",
        "nangong|南宫", "tangshan|唐山", "handan|邯郸", "taiyuan|太原", "datong|大同", "hohhot|呼和浩特|huhehaote",
        "baotou|包头", "ordos|鄂尔多斯|eerduosi", "wuhai|乌海", "shenyang|沈阳", "dalian|大连", "harbin|哈尔滨|haerbin",
        "changchun|长春", "nanchang|南昌", "shangrao|上饶", "kunming|昆明", "qujing|曲靖",
        "guiyang|贵阳", "nanning|南宁", "lanzhou|兰州", "jiuquan|酒泉", "xining|西宁", "yinchuan|银川",
        "shizuishan|石嘴山", "lhasa|拉萨", "haikou|海口", "huangmei|黄梅", "luoyang|洛阳", "anyang|安阳",
    ];

    /// <summary>Administrative words that follow a place and go with it ("Shanshan County", 鄯善县, 新疆维吾尔自治区).</summary>
    public static readonly string[] HanSuffixes = ["省", "市", "县", "区", "镇", "自治区", "维吾尔自治区", "自治州", "地区", "州", "盟", "旗"];

    /// <summary>Latin administrative words dropped after a place.</summary>
    public static readonly string[] LatinSuffixes =
    [
        "province", "city", "county", "district", "prefecture", "town", "region", "autonomous region",
        "uygur autonomous region", "uyghur autonomous region", "uighur autonomous region", "municipality", "sar",
        "special administrative region",
    ];
}
