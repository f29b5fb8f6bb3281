#!/usr/bin/env python3
"""gen_asia65.py: people in Chinese, Japanese, Korean and Thai named without an honorific (tune
set; branch asia65, written and committed before hush was run on it), from the thirtieth blind
set's public brief (its script family: the README row and run.sh title only) and the author's own
idea of such text, not from hush's rules.

Duty rosters, class group chats, delivery and hotel registration cards, letters signed at the end,
tables with a name column, staff lists separated by `、`, `，`, `,` or spaces, in Chinese
(simplified and traditional), Japanese (kanji, katakana readings, full-width punctuation), Korean
and Thai. People with and without an honorific, one named once with an honorific and then again
without; Thai nicknames after `คุณ`, `น้อง`, `พี่`. About half the people invented (real surname
sets, given names drawn from syllables or name characters).

Look-alikes as NEG_ spans, at least as many as the PERSON spans of each record and in the same
positions: cities, districts and stations (NEG_PLACE), companies and shops named after families
(NEG_ORG), historical figures as topics (NEG_FAMOUS), common words of two to four characters in
lists of products, departments and job titles (NEG_WORD), Thai places and nouns.

Request bodies of the four APIs (an English ask, then the text), a third \\uXXXX-escaped, half
compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261208 + 65)


def pick(xs):
    return rng.choice(xs)


# ---- people ----------------------------------------------------------------------------------
ZH_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡"
              "魏薛叶潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔崔康邱秦江顾侯邵孟段雷汤尹易常贺") + ["欧阳", "司马"]
ZH_GIVEN_REAL = ["伟", "芳", "秀英", "建国", "丽娟", "志强", "晓明", "婷婷", "子涵", "浩然", "雨桐", "思远", "欣怡"]
ZH_GCHARS = "嘉宇轩梓睿俊博文昊泽瑞涵欣妍琪雪雯佳宁晨晗悦彤娅翔凯鹏辉峰琳蕾璐瑶"
ZHT_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏")
ZHT_GIVEN_REAL = ["志明", "淑芬", "怡君", "建宏", "雅婷", "家豪", "美玲", "俊傑", "冠宇", "宜蓁"]
ZHT_GCHARS = "嘉宇軒睿俊博文昊澤瑞涵欣妍琪雯佳寧晨悅彤翔凱鵬輝峰琳蕾瑤萱庭"

JA_SUR = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("伊藤", "イトウ"), ("渡辺", "ワタナベ"),
          ("山本", "ヤマモト"), ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("松本", "マツモト"),
          ("井上", "イノウエ"), ("木村", "キムラ"), ("斎藤", "サイトウ"), ("清水", "シミズ"), ("森", "モリ"),
          ("池田", "イケダ"), ("橋本", "ハシモト"), ("石川", "イシカワ"), ("前田", "マエダ"), ("藤原", "フジワラ"),
          ("岡本", "オカモト"), ("長谷川", "ハセガワ"), ("近藤", "コンドウ"), ("村上", "ムラカミ")]
JA_G1 = [("翔", "ショウ"), ("陽", "ハル"), ("大", "ダイ"), ("悠", "ユウ"), ("健", "ケン"), ("美", "ミ"),
         ("結", "ユイ"), ("彩", "アヤ"), ("真", "マ"), ("和", "カズ"), ("奈", "ナ"), ("拓", "タク")]
JA_G2 = [("太", "タ"), ("斗", "ト"), ("輝", "キ"), ("子", "コ"), ("香", "カ"), ("菜", "ナ"), ("也", "ヤ"),
         ("介", "スケ"), ("希", "キ"), ("花", "ハナ"), ("人", "ト"), ("里", "リ")]
JA_GIVEN_REAL = [("太郎", "タロウ"), ("花子", "ハナコ"), ("健一", "ケンイチ"), ("美咲", "ミサキ"), ("直樹", "ナオキ"),
                 ("由美", "ユミ"), ("誠", "マコト"), ("恵", "メグミ")]

KO_SUR = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민진")
KO_GIVEN_REAL = ["민준", "서연", "지훈", "수빈", "현우", "지민", "예린", "도윤", "하은", "성호", "영수", "미경"]
KO_SYL = "민서지현수우예도하은성호준연진영경태윤재희나리승혜"

TH_GIVEN = ["สมชาย", "สมศักดิ์", "วิชัย", "สุนิสา", "กาญจนา", "ณัฐพล", "ปิยะนุช", "ธนากร", "อรทัย", "พรทิพย์"]
TH_SYL = ["สม", "ศรี", "พร", "วร", "ชัย", "ทิพ", "อร", "ณัฐ", "ธนา", "กิตติ", "ปิ", "ยะ", "รัตน์", "นภา", "วดี"]
TH_SUR = ["ศรีสุข", "ทองดี", "แก้วมณี", "สุขสวัสดิ์", "วงศ์ใหญ่", "บุญมา", "จันทร์เพ็ญ", "รักษาวงศ์"]
TH_SUR_SYL = ["ศรี", "วงศ์", "สกุล", "ทอง", "แก้ว", "บุญ", "ประเสริฐ", "สุวรรณ", "ชัย", "รัตน", "กุล"]
TH_NICK = ["ต้น", "แนน", "บอล", "ปุ้ย", "เบียร์", "ก้อย", "แบงค์", "โอ๊ต", "ฟ้า", "จ๋า", "เอ๋", "หนุ่ม"]


def zh_person(trad):
    sur = pick(ZHT_SUR if trad else ZH_SUR)
    if rng.random() < 0.5:
        g = pick(ZHT_GIVEN_REAL if trad else ZH_GIVEN_REAL)
    else:
        chars = ZHT_GCHARS if trad else ZH_GCHARS
        g = "".join(pick(chars) for _ in range(pick((1, 2, 2))))
    return {"full": sur + g, "sur": sur, "given": g}


def ja_person():
    s, sk = pick(JA_SUR)
    if rng.random() < 0.5:
        g, gk = pick(JA_GIVEN_REAL)
    else:
        (a, ak), (b, bk) = pick(JA_G1), pick(JA_G2)
        g, gk = a + b, ak + bk
    sep = pick(["", " ", "\u3000"])
    return {"full": s + sep + g, "sur": s, "given": g, "kana": sk + pick([" ", "\u3000"]) + gk}


def ko_person():
    s = pick(KO_SUR)
    g = pick(KO_GIVEN_REAL) if rng.random() < 0.5 else pick(KO_SYL) + pick(KO_SYL)
    full = s + g if rng.random() < 0.8 else s + " " + g
    return {"full": full, "sur": s, "given": g}


def th_person():
    g = pick(TH_GIVEN) if rng.random() < 0.5 else "".join(pick(TH_SYL) for _ in range(pick((2, 3))))
    s = pick(TH_SUR) if rng.random() < 0.5 else "".join(pick(TH_SUR_SYL) for _ in range(pick((2, 3))))
    return {"full": g + " " + s, "given": g, "nick": pick(TH_NICK)}


PEOPLE = {"zh": lambda: zh_person(False), "zh-Hant": lambda: zh_person(True), "ja": ja_person,
          "ko": ko_person, "th": th_person}

# ---- look-alikes by kind: W words (products, departments, job titles), L places, O firms, F figures
NEGS = {
    "zh": {"L": ["北京", "杭州", "西湖区", "朝阳区", "黄山", "张家界", "王府井", "周庄", "南京路站", "徐家汇"],
           "O": ["华为技术有限公司", "王老吉", "张小泉", "李宁", "老干妈", "周大福", "陈李济", "马应龙"],
           "F": ["孔子", "李白", "杜甫", "鲁迅", "诸葛亮", "孙中山", "苏轼", "岳飞"],
           "W": ["营业部", "财务部", "苹果", "牛奶", "面包", "经理", "主任", "课本", "作业", "人事部", "矿泉水",
                 "班主任", "物业", "快递员", "前台", "洗衣液"]},
    "zh-Hant": {"L": ["台北", "高雄", "台中", "林口", "信義區", "板橋站", "淡水", "九份"],
                "O": ["王品", "林鳳營", "郭元益", "陳三鼎", "鼎泰豐", "台灣積體電路製造股份有限公司"],
                "F": ["孔子", "李白", "杜甫", "蘇軾", "鄭成功", "諸葛亮"],
                "W": ["業務部", "會計部", "牛奶", "麵包", "經理", "主任", "課本", "作業", "櫃台", "珍珠奶茶",
                      "班導", "管理員"]},
    "ja": {"L": ["東京", "大阪", "新宿駅", "渋谷区", "横浜", "京都", "名古屋", "札幌", "博多駅", "池袋"],
           "O": ["株式会社山田製作所", "トヨタ自動車", "鈴木商店", "豊田通商", "松本清", "佐藤工業株式会社",
                 "本田技研工業"],
           "F": ["織田信長", "徳川家康", "夏目漱石", "坂本龍馬", "紫式部", "豊臣秀吉"],
           "W": ["営業部", "課長", "会議室", "資料", "見積書", "総務部", "部長", "牛乳", "弁当", "係長",
                 "経理部", "請求書", "受付"]},
    "ko": {"L": ["서울", "부산", "강남구", "해운대", "수원역", "인천", "대전", "홍대입구"],
           "O": ["삼성전자", "김가네", "이디야커피", "박승철헤어", "정관장", "신세계"],
           "F": ["세종대왕", "이순신", "김소월", "윤동주", "장영실", "신사임당"],
           "W": ["영업부", "과장", "회의실", "우유", "사과", "총무팀", "인사팀", "대리", "라면", "김치", "부장",
                 "택배", "경비실"]},
    "th": {"L": ["กรุงเทพฯ", "เชียงใหม่", "สีลม", "บางนา", "ภูเก็ต", "ขอนแก่น", "หาดใหญ่", "อโศก"],
           "O": ["ปตท.", "เซเว่นอีเลฟเว่น", "ศรีจันทร์", "ไทยเบฟ", "บ้านสวน"],
           "F": ["พระเจ้าตากสิน", "สุนทรภู่", "ท้าวสุรนารี", "พระนเรศวร"],
           "W": ["ข้าวผัด", "โรงเรียน", "ฝ่ายบัญชี", "ฝ่ายขาย", "ผู้จัดการ", "น้ำดื่ม", "กาแฟ", "พัสดุ",
                 "ห้องประชุม", "ฝ่ายบุคคล"]},
}
KIND_LABEL = {"L": "NEG_PLACE", "O": "NEG_ORG", "F": "NEG_FAMOUS", "W": "NEG_WORD"}

# ---- templates: {P.form} a person (P, Q, R, S), {L} {O} {F} {W} a look-alike of that kind
TPL = {
    "zh": [
        "值班表\n周一：{P.full}、{Q.full}\n周二：{R.full}、{S.full}\n地点：{L}",
        "本周值班：{P.full}，{Q.full}，{R.full}。采购清单：{W}，{W}，{W}。",
        "{P.full}先生您好，您的快递已到{L}驿站，请凭取件码领取。如{P.full}本人不在，可由{Q.full}代收。",
        "| 姓名 | 部门 | 城市 |\n|---|---|---|\n| {P.full} | {W} | {L} |\n| {Q.full} | {W} | {L} |",
        "酒店入住登记\n住客：{P.full}\n同住人：{Q.full}\n证件地址：{L}\n预订渠道：{O}",
        "尊敬的{O}：\n贵公司寄来的样品已收到，我们将于下周答复。\n此致\n敬礼\n{P.full}\n{W}",
        "三年二班家长群\n{P.full}妈妈：明天要背{F}的诗吗？\n{Q.full}爸爸：要的，还有{W}。",
        "参会人员：{P.full} {Q.full} {R.full}\n会议室：{L}\n记录：{W}",
        "{P.sur}总好，{O}的合同已签。联系人{Q.full}，电话稍后发您。",
        "今天语文课讲{F}，{P.full}和{Q.full}上台朗诵，{R.full}负责{W}。",
    ],
    "zh-Hant": [
        "值班表\n週一：{P.full}、{Q.full}\n週二：{R.full}\n地點：{L}",
        "| 姓名 | 部門 | 縣市 |\n|---|---|---|\n| {P.full} | {W} | {L} |\n| {Q.full} | {W} | {L} |",
        "{P.full}小姐您好，包裹已送到{L}，{P.full}若不在，請找{Q.full}領取。",
        "敬啟者：\n關於{O}的訂單，請於本週回覆。\n敬祝 商祺\n{P.full} 敬上",
        "參加名單：{P.full}、{Q.full}、{R.full}\n採購：{W}、{W}、{W}",
        "旅館住宿登記\n房客：{P.full}\n同行：{Q.full}\n來自：{L}",
        "今天國文課介紹{F}，{P.full}跟{Q.full}一起報告，{R.full}準備{W}。",
    ],
    "ja": [
        "当番表\n月曜：{P.full}、{Q.full}\n火曜：{R.full}\n場所：{L}",
        "{O}\n{W}　ご担当者様\n\nいつもお世話になっております。先日の{W}をお送りします。\nよろしくお願いいたします。\n\n{P.full}",
        "| 氏名 | フリガナ | 部署 |\n|---|---|---|\n| {P.full} | {P.kana} | {W} |\n| {Q.full} | {Q.kana} | {W} |",
        "宿泊者カード\nお名前：{P.full}\nフリガナ：{P.kana}\n同行者：{Q.full}\nご住所：{L}",
        "{P.sur}さん、明日の{W}は{Q.sur}さんと一緒にお願いします。{P.sur}が休みなら{R.full}に連絡を。",
        "出席者：{P.full}、{Q.full}、{R.full}（{O}）\n議題：{W}、{W}",
        "担当　{P.full}\n部署　{W}\n所在地　{L}",
        "今日の授業は{F}について。{P.full}と{Q.full}が発表しました。",
        "お届け先：{L}\n受取人：{P.full}\n差出人：{O}　{Q.full}",
    ],
    "ko": [
        "당번표\n월요일: {P.full}, {Q.full}\n화요일: {R.full}\n장소: {L}",
        "{P.full} 씨, {L} 지점 {W} 건은 {Q.full}에게 넘겼습니다. {P.full} 확인 부탁드려요.",
        "| 성명 | 부서 | 지역 |\n|---|---|---|\n| {P.full} | {W} | {L} |\n| {Q.full} | {W} | {L} |",
        "주문하신 상품이 {L}에 도착했습니다. 담당 {P.full}",
        "안녕하세요. {O} 행사 관련 자료를 보내드립니다.\n감사합니다.\n{P.full} 드림",
        "3학년 2반 단톡방\n{P.full} 엄마: 내일 {W} 준비물 있나요?\n{Q.full} 아빠: {W}만 챙기면 돼요.",
        "참석자: {P.full} {Q.full} {R.full}\n준비물: {W} {W} {W}",
        "숙박 등록 카드\n투숙객: {P.full}\n동반자: {Q.full}\n주소: {L}",
        "오늘 수업은 {F} 이야기였어요. {P.full}랑 {Q.full}가 발표했어요.",
    ],
    "th": [
        "ตารางเวร\nวันจันทร์: {P.full}, {Q.full}\nวันอังคาร: {R.full}\nสถานที่: {L}",
        "| ชื่อ-นามสกุล | แผนก | จังหวัด |\n|---|---|---|\n| {P.full} | {W} | {L} |\n| {Q.full} | {W} | {L} |",
        "คุณ{P.nick} ฝากของไว้ที่{L}นะคะ พรุ่งนี้น้อง{Q.nick}จะไปรับ {W}ด้วย",
        "เรียน {O}\nขอส่งเอกสารเรื่อง{W}ตามที่แจ้งไว้\nขอแสดงความนับถือ\n{P.full}",
        "บัตรลงทะเบียนผู้เข้าพัก\nผู้เข้าพัก: {P.full}\nผู้ติดตาม: {Q.full}\nมาจาก: {L}",
        "พี่{P.nick}ครับ วันนี้{F}เป็นหัวข้อเรียน ผมกับ{Q.full}ทำรายงานเรื่อง{W}",
        "รายชื่อผู้เข้าประชุม: {P.full}, {Q.full}, {R.full}\nของว่าง: {W}, {W}",
    ],
}
ASK = ["Translate this into English.", "Summarise this for the coordinator.",
       "Draft a short reply in the same language.", "Extract the key facts from this.",
       "Fill these details into our CRM.", "Who is mentioned here and what do they need?"]


def render(lg, tpl, who, pools, p):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            p.t(tpl[i:])
            break
        p.t(tpl[i:j])
        k = tpl.index("}", j)
        tok = tpl[j + 1:k]
        i = k + 1
        if tok in KIND_LABEL:
            p.s(KIND_LABEL[tok], pools[tok].pop(0))
        else:
            kind, form = tok.split(".")
            p.s("PERSON", who[kind][form])


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for rnd in range(5):
        for lg in TPL:
            for tpl in TPL[lg]:
                who = {k: PEOPLE[lg]() for k in "PQRS"}
                pools = {}
                for kind, xs in NEGS[lg].items():
                    xs = xs[:]
                    rng.shuffle(xs)
                    pools[kind] = xs * 4
                p = P()
                render(lg, tpl, who, pools, p)
                p.t("\n")
                npers = sum(1 for s in p.spans if s["entity_type"] == "PERSON")
                nneg = len(p.spans) - npers
                extra = []
                kinds = "LOFW"
                while nneg < npers:
                    kind = kinds[(nneg + n) % 4]
                    extra.append((KIND_LABEL[kind], pools[kind].pop(0)))
                    nneg += 1
                if extra:
                    sep = {"zh": "、", "zh-Hant": "、", "ja": "、", "ko": ", ", "th": ", "}[lg]
                    p.t({"zh": "另：", "zh-Hant": "另：", "ja": "その他：", "ko": "기타: ",
                         "th": "อื่น ๆ: "}[lg])
                    for e, (lab, v) in enumerate(extra):
                        if e:
                            p.t(sep)
                        p.s(lab, v)
                    p.t("\n")
                api = apis[n % 4]
                ascii_ = n % 3 == 0
                compact = n % 2 == 0
                body, spans = ask_body(api, ASK[n % len(ASK)], p.text, p.spans, ascii_, compact)
                append_body(records, body, spans, {"locale": lg, "class": "script", "family": "script",
                                                   "api": api, "ascii": ascii_})
                n += 1
    write_json(records)


if __name__ == "__main__":
    main()
