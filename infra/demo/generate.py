#!/usr/bin/env python3
"""Writes the demo data set: a fictional PV supply chain for the local run.

    python3 infra/demo/generate.py          # rewrites suppliers.csv and supply-links.csv next to this file
    python3 infra/demo/generate.py --check  # verifies the committed files match and are consistent

Every company is invented. Chinese suppliers get a Unified Social Credit Code (GB 32100-2015)
with correct check characters, built from a real 6-digit administrative division code of
their province and a GB 11714 organisation code derived deterministically from the name, so the
output is identical on every run. Others use SCHEME:VALUE registration ids.

The chain is quartz -> metallurgical silicon -> polysilicon -> ingot/wafer -> cell -> module, with
glass, frames, encapsulant, backsheets and junction boxes going into modules. One module maker
(Suzhou Canalstone) is downstream of a polysilicon plant in Xinjiang (CN-XJ); another chain
(Bintulu -> Elbtal -> Kulim -> Penang -> Lone Mesa) has no Chinese tier at all.
Standard library only.
"""
import csv
import hashlib
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- identifiers ----------------------------------------------------------------------------

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_value(ch):
    """GB 11714: digits are themselves, letters A=10 .. Z=35."""
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body8):
    c = 11 - sum(org_value(ch) * w for ch, w in zip(body8, ORG_WEIGHTS)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(first17):
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def make_uscc(name, division):
    """9 (registered by market regulation) + 1 (enterprise) + division + org code (8 + check) + check."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    # Organisation code bodies are mostly digits; use the USCC alphabet so the code stays valid as a USCC.
    body = "".join(USCC_ALPHABET[b % 10] if i < 6 else USCC_ALPHABET[b % 31] for i, b in enumerate(digest[:8]))
    first17 = "91" + division + body + org_check(body)
    assert all(ch in USCC_ALPHABET for ch in first17), first17
    return first17 + uscc_check(first17)


def uscc_is_valid(code):
    """Independent re-check used by --check and by the self-test below."""
    if len(code) != 18 or any(ch not in USCC_ALPHABET for ch in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


# Published examples: a USCC and an organisation code whose check characters are known to be right.
assert uscc_is_valid("91350100M000100Y43")
assert org_check("M000100Y") == "4"

# --- suppliers ------------------------------------------------------------------------------
# (key, name, local_name, aliases, registration, country, region, roles, email_domain)
# registration: ("USCC", "<6-digit division>") for China, else a full "SCHEME:VALUE".

S = [
    # Quartz
    ("whitecliff", "Lianyungang Whitecliff Quartz Mining Co., Ltd.", "连云港白崖石英矿业有限公司", ["Whitecliff Quartz"],
     ("USCC", "320700"), "CN", "CN-JS", ["Quartz"], "whitecliff-quartz"),
    ("greenstone", "Baoshan Greenstone Quartzite Co., Ltd.", "保山青石石英岩有限公司", ["Greenstone Quartzite"],
     ("USCC", "530500"), "CN", "CN-YN", ["Quartz"], "greenstone-quartzite"),
    ("bluehollow", "Blue Ridge Hollow Quartz LLC", "", ["BRH Quartz"],
     "US-EIN:56-4172093", "US", "US-NC", ["Quartz"], "bluehollow-quartz"),
    # Metallurgical silicon
    ("reddune", "Turpan Red Dune Silicon Industry Co., Ltd.", "吐鲁番红沙丘硅业有限公司", ["Red Dune Silicon", "Hongshaqiu Guiye"],
     ("USCC", "650400"), "CN", "CN-XJ", ["MetallurgicalSilicon"], "reddune-silicon"),
    ("cloudstream", "Zhaotong Cloudstream Silicon Co., Ltd.", "昭通云溪硅业有限公司", ["Cloudstream Silicon"],
     ("USCC", "530600"), "CN", "CN-YN", ["MetallurgicalSilicon"], "cloudstream-si"),
    ("ironbird", "Wuhai Ironbird Metallurgical Silicon Co., Ltd.", "乌海铁鸟冶金硅有限公司", ["Ironbird MG-Si"],
     ("USCC", "150300"), "CN", "CN-NM", ["MetallurgicalSilicon"], "ironbird-si"),
    ("pinegorge", "Liangshan Pinegorge Silicon Co., Ltd.", "凉山松峡硅业有限公司", [],
     ("USCC", "513400"), "CN", "CN-SC", ["MetallurgicalSilicon"], "pinegorge-silicon"),
    ("rainforest", "Bintulu Rainforest Silicon Sdn. Bhd.", "", ["Rainforest Silicon"],
     "MY-SSM:201701034512", "MY", "MY-13", ["MetallurgicalSilicon"], "rainforest-silicon"),
    # Polysilicon
    ("sandgrouse", "Xinjiang Sandgrouse Polysilicon Co., Ltd.", "新疆沙鸡多晶硅有限公司", ["Sandgrouse Poly", "Shaji Duojinggui"],
     ("USCC", "652300"), "CN", "CN-XJ", ["Polysilicon"], "sandgrouse-poly"),
    ("silverfinch", "Baotou Silverfinch New Energy Materials Co., Ltd.", "包头银雀新能源材料有限公司", ["Silverfinch Materials"],
     ("USCC", "150200"), "CN", "CN-NM", ["Polysilicon"], "silverfinch-nem"),
    ("jadewater", "Leshan Jadewater Polysilicon Co., Ltd.", "乐山玉水多晶硅有限公司", ["Jadewater Poly"],
     ("USCC", "511100"), "CN", "CN-SC", ["Polysilicon"], "jadewater-poly"),
    ("emberleaf", "Baoshan Emberleaf Silicon Materials Co., Ltd.", "保山烬叶硅材料有限公司", [],
     ("USCC", "530500"), "CN", "CN-YN", ["Polysilicon"], "emberleaf-si"),
    ("elbtal", "Elbtal Reinsilizium GmbH", "", ["Elbtal Polysilicon"],
     "DE-HRB:HRB 41873", "DE", "DE-SN", ["Polysilicon"], "elbtal-reinsilizium"),
    # Ingot and wafer
    ("northwind", "Baotou Northwind Crystal Co., Ltd.", "包头北风晶体有限公司", ["Northwind Crystal"],
     ("USCC", "150200"), "CN", "CN-NM", ["Ingot", "Wafer"], "northwind-crystal"),
    ("riverbend", "Yibin Riverbend Silicon Wafer Co., Ltd.", "宜宾河湾硅片有限公司", ["Riverbend Wafer"],
     ("USCC", "511500"), "CN", "CN-SC", ["Ingot", "Wafer"], "riverbend-wafer"),
    ("dawnpeak", "Qujing Dawnpeak Crystal Technology Co., Ltd.", "曲靖晨峰晶体科技有限公司", [],
     ("USCC", "530300"), "CN", "CN-YN", ["Ingot", "Wafer"], "dawnpeak-crystal"),
    ("lakelight", "Changzhou Lakelight Wafer Co., Ltd.", "常州湖光硅片有限公司", ["Lakelight"],
     ("USCC", "320400"), "CN", "CN-JS", ["Wafer"], "lakelight-wafer"),
    ("tidewater", "Tidewater Wafer Vietnam Co., Ltd.", "", ["Tidewater Hai Phong"],
     "VN-ERC:0201847362", "VN", "VN-HP", ["Ingot", "Wafer"], "tidewater-wafer"),
    ("orchid", "Kulim Orchid Silicon Sdn. Bhd.", "", ["Orchid Silicon"],
     "MY-SSM:201901012345", "MY", "MY-02", ["Ingot", "Wafer"], "orchid-silicon"),
    # Cells
    ("heronmarsh", "Yancheng Heronmarsh Solar Cell Co., Ltd.", "盐城鹭泽太阳能电池有限公司", ["Heronmarsh Solar"],
     ("USCC", "320900"), "CN", "CN-JS", ["Cell"], "heronmarsh-solar"),
    ("lanternfly", "Jiaxing Lanternfly Photovoltaic Technology Co., Ltd.", "嘉兴灯蛾光伏科技有限公司", [],
     ("USCC", "330400"), "CN", "CN-ZJ", ["Cell"], "lanternfly-pv"),
    ("pandaridge", "Chengdu Pandaridge Solar Cell Co., Ltd.", "成都熊岭太阳能电池有限公司", ["Pandaridge"],
     ("USCC", "510100"), "CN", "CN-SC", ["Cell"], "pandaridge-solar"),
    ("lotusgate", "Lotusgate Solar Cell Vietnam Co., Ltd.", "", ["Lotusgate Bac Ninh"],
     "VN-ERC:2300917456", "VN", "VN-56", ["Cell"], "lotusgate-solar"),
    ("hornbill", "Penang Hornbill Photovoltaic Sdn. Bhd.", "", ["Hornbill PV"],
     "MY-SSM:201801027781", "MY", "MY-07", ["Cell"], "hornbill-pv"),
    ("elephantbay", "Elephant Bay Solar (Thailand) Co., Ltd.", "", ["Elephant Bay Solar"],
     "TH-DBD:0205561004187", "TH", "TH-20", ["Cell", "Module"], "elephantbay-solar"),
    ("prairiebeacon", "Prairie Beacon Solar Cells Inc.", "", ["Prairie Beacon"],
     "US-EIN:83-2719046", "US", "US-GA", ["Cell"], "prairiebeacon-solar"),
    # Modules
    ("canalstone", "Suzhou Canalstone Solar Module Co., Ltd.", "苏州运石光伏组件有限公司", ["Canalstone Solar"],
     ("USCC", "320500"), "CN", "CN-JS", ["Module"], "canalstone-solar"),
    ("teacloud", "Hangzhou Teacloud PV Module Co., Ltd.", "杭州茶云光伏组件有限公司", ["Teacloud Solar"],
     ("USCC", "330100"), "CN", "CN-ZJ", ["Module"], "teacloud-pv"),
    ("harborlight", "Harborlight Solar Module Vietnam Co., Ltd.", "", ["Harborlight Solar"],
     "VN-ERC:0201963518", "VN", "VN-HP", ["Module"], "harborlight-solar"),
    ("straitwind", "Melaka Straitwind Solar Sdn. Bhd.", "", ["Straitwind Solar"],
     "MY-SSM:202001009876", "MY", "MY-04", ["Module"], "straitwind-solar"),
    ("lonemesa", "Lone Mesa Solar Modules LLC", "", ["Lone Mesa Solar"],
     "US-EIN:87-1045329", "US", "US-TX", ["Module"], "lonemesa-solar"),
    ("buckeyedawn", "Buckeye Dawn Solar Manufacturing Inc.", "", ["Buckeye Dawn"],
     "US-EIN:31-5820417", "US", "US-OH", ["Module"], "buckeyedawn-solar"),
    ("elbsonne", "Elbsonne Solarmodule GmbH", "", ["Elbsonne"],
     "DE-HRB:HRB 39214", "DE", "DE-SN", ["Module"], "elbsonne-solar"),
    # Glass, frames, encapsulant, backsheet, junction boxes
    ("clearspring", "Chuzhou Clearspring Solar Glass Co., Ltd.", "滁州清泉光伏玻璃有限公司", ["Clearspring Glass"],
     ("USCC", "341100"), "CN", "CN-AH", ["Glass"], "clearspring-glass"),
    ("brightpane", "Huzhou Brightpane Photovoltaic Glass Co., Ltd.", "湖州明窗光伏玻璃有限公司", [],
     ("USCC", "330500"), "CN", "CN-ZJ", ["Glass"], "brightpane-glass"),
    ("clearwater", "Maumee Clearwater Solar Glass Inc.", "", ["Clearwater Glass"],
     "US-EIN:34-6190275", "US", "US-OH", ["Glass"], "clearwater-glass"),
    ("ironlattice", "Changzhou Ironlattice Aluminium Frame Co., Ltd.", "常州铁格铝边框有限公司", ["Ironlattice Frames"],
     ("USCC", "320400"), "CN", "CN-JS", ["Frame"], "ironlattice-frames"),
    ("tinsmith", "Johor Tinsmith Aluminium Sdn. Bhd.", "", ["Tinsmith Aluminium"],
     "MY-SSM:201601038810", "MY", "MY-01", ["Frame"], "tinsmith-aluminium"),
    ("silkveil", "Hangzhou Silkveil New Materials Co., Ltd.", "杭州丝幔新材料有限公司", ["Silkveil EVA"],
     ("USCC", "330100"), "CN", "CN-ZJ", ["Encapsulant"], "silkveil-materials"),
    ("rheinfolie", "Rheinfolie Verkapselung GmbH", "", ["Rheinfolie"],
     "DE-HRB:HRB 27718", "DE", "DE-NW", ["Encapsulant"], "rheinfolie"),
    ("shellguard", "Suzhou Shellguard Film Technology Co., Ltd.", "苏州壳盾薄膜科技有限公司", ["Shellguard Backsheet"],
     ("USCC", "320500"), "CN", "CN-JS", ["Backsheet"], "shellguard-film"),
    ("copperwren", "Ningbo Copperwren Junction Box Co., Ltd.", "宁波铜鹪接线盒有限公司", ["Copperwren"],
     ("USCC", "330200"), "CN", "CN-ZJ", ["Other"], "copperwren"),
]

# --- supply links: (upstream, downstream, material, share_percent of the downstream's input) --

L = [
    # quartz -> metallurgical silicon
    ("whitecliff", "pinegorge", "Quartz", 40), ("greenstone", "cloudstream", "Quartz", 100),
    ("whitecliff", "ironbird", "Quartz", 100), ("greenstone", "pinegorge", "Quartz", 60),
    ("bluehollow", "rainforest", "Quartz", 100),
    # metallurgical silicon -> polysilicon
    ("reddune", "sandgrouse", "MetallurgicalSilicon", 100),
    ("reddune", "silverfinch", "MetallurgicalSilicon", 30), ("ironbird", "silverfinch", "MetallurgicalSilicon", 70),
    ("pinegorge", "jadewater", "MetallurgicalSilicon", 100),
    ("cloudstream", "emberleaf", "MetallurgicalSilicon", 100),
    ("rainforest", "elbtal", "MetallurgicalSilicon", 100),
    # polysilicon -> ingot / wafer
    ("sandgrouse", "northwind", "Polysilicon", 45), ("silverfinch", "northwind", "Polysilicon", 55),
    ("jadewater", "riverbend", "Polysilicon", 100),
    ("emberleaf", "dawnpeak", "Polysilicon", 100),
    ("jadewater", "lakelight", "Polysilicon", 50), ("emberleaf", "lakelight", "Polysilicon", 50),
    ("silverfinch", "tidewater", "Polysilicon", 60), ("jadewater", "tidewater", "Polysilicon", 40),
    ("elbtal", "orchid", "Polysilicon", 100),
    # wafer -> cell
    ("northwind", "heronmarsh", "Wafer", 70), ("lakelight", "heronmarsh", "Wafer", 30),
    ("lakelight", "lanternfly", "Wafer", 100),
    ("riverbend", "pandaridge", "Wafer", 100),
    ("tidewater", "lotusgate", "Wafer", 100),
    ("orchid", "hornbill", "Wafer", 100),
    ("dawnpeak", "elephantbay", "Wafer", 80), ("tidewater", "elephantbay", "Wafer", 20),
    ("orchid", "prairiebeacon", "Wafer", 100),
    # cell -> module
    ("heronmarsh", "canalstone", "Cell", 100),
    ("lanternfly", "teacloud", "Cell", 60), ("pandaridge", "teacloud", "Cell", 40),
    ("lotusgate", "harborlight", "Cell", 100),
    ("hornbill", "straitwind", "Cell", 100),
    ("hornbill", "lonemesa", "Cell", 100),
    ("prairiebeacon", "buckeyedawn", "Cell", 100),
    ("elephantbay", "elbsonne", "Cell", 35), ("hornbill", "elbsonne", "Cell", 65),
    # balance of module
    ("clearspring", "canalstone", "Glass", 100), ("brightpane", "teacloud", "Glass", 100),
    ("brightpane", "harborlight", "Glass", 100), ("clearspring", "straitwind", "Glass", 100),
    ("clearwater", "lonemesa", "Glass", 100), ("clearwater", "buckeyedawn", "Glass", 100),
    ("brightpane", "elbsonne", "Glass", 100),
    ("ironlattice", "canalstone", "Frame", 100), ("ironlattice", "teacloud", "Frame", 100),
    ("tinsmith", "straitwind", "Frame", 100), ("tinsmith", "harborlight", "Frame", 100),
    ("tinsmith", "lonemesa", "Frame", 100), ("tinsmith", "elbsonne", "Frame", 100),
    ("silkveil", "canalstone", "Encapsulant", 100), ("silkveil", "teacloud", "Encapsulant", 100),
    ("silkveil", "harborlight", "Encapsulant", 100), ("rheinfolie", "elbsonne", "Encapsulant", 100),
    ("rheinfolie", "lonemesa", "Encapsulant", 100), ("rheinfolie", "buckeyedawn", "Encapsulant", 100),
    ("shellguard", "canalstone", "Backsheet", 100), ("shellguard", "harborlight", "Backsheet", 100),
    ("shellguard", "straitwind", "Backsheet", 100),
    ("copperwren", "canalstone", "Junction box", 100), ("copperwren", "teacloud", "Junction box", 100),
]

STAGE = {"Quartz": 0, "MetallurgicalSilicon": 1, "Polysilicon": 2, "Ingot": 3, "Wafer": 3, "Cell": 4, "Module": 5,
         "Glass": 4, "Frame": 4, "Encapsulant": 4, "Backsheet": 4, "Other": 4}


def registration_ids():
    ids = {}
    for key, name, _local, _aliases, reg, *_ in S:
        ids[key] = make_uscc(name, reg[1]) if isinstance(reg, tuple) else reg
    return ids


def render():
    ids = registration_ids()
    out_s = io.StringIO()
    w = csv.writer(out_s, lineterminator="\n")
    w.writerow(["name", "local_name", "aliases", "registration_id", "country_code", "region_code", "roles", "contact_email"])
    for key, name, local, aliases, _reg, country, region, roles, domain in S:
        w.writerow([name, local, "|".join(aliases), ids[key], country, region, "|".join(roles), f"compliance@{domain}.example"])
    out_l = io.StringIO()
    w = csv.writer(out_l, lineterminator="\n")
    w.writerow(["upstream_registration_id", "downstream_registration_id", "material", "share_percent"])
    for up, down, material, share in L:
        w.writerow([ids[up], ids[down], material, share])
    return out_s.getvalue(), out_l.getvalue()


def validate():
    ids = registration_ids()
    by_key = {s[0]: s for s in S}
    problems = []
    if len(by_key) != len(S):
        problems.append("duplicate supplier keys")
    if len(set(ids.values())) != len(ids):
        problems.append("duplicate registration ids")
    if len({s[1].lower() for s in S}) != len(S):
        problems.append("duplicate names")
    for key, name, local, _a, reg, country, region, roles, _d in S:
        if country == "CN":
            if not uscc_is_valid(ids[key]):
                problems.append(f"{name}: bad USCC {ids[key]}")
            if not local:
                problems.append(f"{name}: Chinese supplier without local_name")
            if not region.startswith("CN-"):
                problems.append(f"{name}: region {region} not in CN")
        elif ":" not in ids[key]:
            problems.append(f"{name}: registration id is not SCHEME:VALUE")
        if region and not region.startswith(country + "-"):
            problems.append(f"{name}: region {region} is not in {country}")
        for r in roles:
            if r not in STAGE:
                problems.append(f"{name}: unknown role {r}")
    downstream = {}
    seen = set()
    for up, down, material, share in L:
        if up not in by_key or down not in by_key:
            problems.append(f"link {up}->{down}: unknown supplier")
            continue
        if (up, down, material) in seen:
            problems.append(f"duplicate link {up}->{down} {material}")
        seen.add((up, down, material))
        if not 0 < share <= 100:
            problems.append(f"link {up}->{down}: share {share}")
        if min(STAGE[r] for r in by_key[up][7]) >= max(STAGE[r] for r in by_key[down][7]):
            problems.append(f"link {up}->{down} does not go downstream")
        downstream.setdefault(up, []).append(down)

    # Acyclic (depth-first search with colours).
    state = {}

    def visit(k):
        if state.get(k) == 1:
            return False
        if state.get(k) == 2:
            return True
        state[k] = 1
        ok = all(visit(d) for d in downstream.get(k, []))
        state[k] = 2
        return ok

    if not all(visit(k) for k in by_key):
        problems.append("the supply graph has a cycle")

    def reachable(k):
        out, stack = set(), [k]
        while stack:
            for d in downstream.get(stack.pop(), []):
                if d not in out:
                    out.add(d)
                    stack.append(d)
        return out

    xj_poly = [k for k, s in by_key.items() if s[6] == "CN-XJ" and "Polysilicon" in s[7]]
    xj_modules = {d for k in xj_poly for d in reachable(k) if "Module" in by_key[d][7]}
    if not xj_modules:
        problems.append("no module maker is downstream of a Xinjiang polysilicon plant")
    if not 35 <= len(S) <= 50:
        problems.append(f"{len(S)} suppliers; expected about 40")
    return problems, sorted(by_key[k][1] for k in xj_modules)


def main():
    problems, xj_modules = validate()
    if problems:
        print("demo data is inconsistent:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    suppliers, links = render()
    targets = {HERE / "suppliers.csv": suppliers, HERE / "supply-links.csv": links}
    if "--check" in sys.argv[1:]:
        stale = [p.name for p, text in targets.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print(f"out of date: {', '.join(stale)}; run python3 {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"demo data ok: {len(S)} suppliers, {len(L)} links; downstream of Xinjiang polysilicon: {', '.join(xj_modules)}")
        return 0
    for path, text in targets.items():
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(S)} suppliers and {len(L)} links; downstream of Xinjiang polysilicon: {', '.join(xj_modules)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
