"""The drafts of a Đống Đa ward (`drafts.yaml`): the Ô Chợ Dừa model with each ward's own figures.

`figures` draws a ward's facts (households, funds raised, supervisions…) from a seeded generator;
the report, review and action programme are written from them, so every number in the text agrees
with the targets table. `REPORT_LONG` adds detailed results for every residential area (the report
becomes too long); `REVIEW_COPY` makes the review report repeat two paragraphs of the report.
"""

from __future__ import annotations

import random
from typing import Any

import dong_da_data as dd
from example_drafts import _CLUBS, _MODELS, _WORKS, TITLE_KDC, _n, _split


def pct(x: float, digits: int = 1) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


def figures(plan: dd.WardPlan, temples: list[str]) -> dict[str, Any]:
    """The ward's facts and the results of the last term, consistent with each other."""
    rng = random.Random(f"dong-da:{plan.slug}:drafts")
    n = plan.areas
    homes = [rng.randint(260, 420) for _ in range(n)]
    h = sum(homes)
    people = int(h * rng.uniform(3.1, 3.45))
    fund_t = max(round(h * rng.uniform(0.14, 0.2) / 50) * 50, 400)
    fund_r = int(fund_t * rng.uniform(1.08, 1.3))
    houses_t = rng.randint(3, 6)
    houses_r = houses_t + rng.choice((0, 1, 2))
    cult_t = rng.choice((88, 90))
    cult_r = round(cult_t + rng.uniform(0.5, 3.4), 1)
    tdp_r = n - rng.choice((0, 0, 1))
    sup_t = rng.randint(18, 26)
    sup_r = sup_t + rng.randint(2, 7)
    models_t = 2 * n
    models_r = models_t - rng.randint(1, 4)
    poor0 = max(int(h * rng.uniform(0.0015, 0.0026)), 4)
    poor1 = rng.randint(1, min(poor0 - 1, 4))
    rec = rng.randint(38, 64)
    f: dict[str, Any] = {
        "ward": plan.name, "n": n, "homes": homes, "h": _n(h), "hh": h, "p": _n(people),
        "context": rng.choice(dd.CONTEXTS), "temples": temples,
        "fund_t": fund_t, "fund_r": fund_r, "fund_pct": pct(fund_r * 100 / fund_t),
        "houses_t": houses_t, "houses_r": houses_r, "houses_new": rng.randint(1, houses_r - 1),
        "cult_t": cult_t, "cult_r": cult_r, "cult_0": pct(cult_r - rng.uniform(2.5, 4.5)),
        "cult_n": _n(round(h * cult_r / 100)), "tdp_r": tdp_r,
        "sup_t": sup_t, "sup_r": sup_r, "sup_hdnd": rng.randint(9, 16), "rec": rec,
        "rec_ok": rec - rng.randint(4, 9), "ttnd": rng.randint(12, 26), "gsdt": rng.randint(5, 10),
        "models_t": models_t, "models_r": models_r, "pb_opinions": rng.randint(14, 30),
        "poor0": poor0, "poor1": poor1, "poor0_pct": pct(poor0 * 100 / h, 2),
        "poor1_pct": pct(poor1 * 100 / h, 2), "poor_t": rng.choice(("0,2", "0,15")),
        "sessions": n * rng.randint(13, 17), "zalo": _n(int(h * rng.uniform(0.35, 0.45))),
        "special": rng.randint(6, 10), "religious_gift": rng.randint(180, 650),
        "shops": rng.randint(120, 260), "sorting": _n(rng.randint(600, 1400)),
        "gifts": _n(rng.randint(12, 30) * 100), "insurance": rng.randint(60, 160),
        "students": rng.randint(20, 45), "covid": _n(rng.randint(9, 24) * 100),
        "covid_gifts": _n(rng.randint(18, 45) * 100), "storm": rng.randint(120, 340),
        "voters": _n(rng.randint(10, 20) * 100), "tx": rng.randint(12, 20),
        "opinions": rng.randint(150, 320), "members": rng.randint(220, 440),
        "dialogues": rng.randint(3, 6), "introduced": rng.randint(20, 48),
        "turnout": pct(rng.uniform(99.1, 99.8)), "works": rng.randint(4, 7),
        "works_value": rng.randint(28, 60) * 10, "cameras": rng.randint(16, 48),
        "trainings": rng.randint(5, 9), "attendance": rng.randint(76, 88),
    }  # fmt: skip
    f["cult_t_next"] = min(cult_t + 3, 95)
    f["fund_next"] = _n(round(fund_r * 1.15 / 100) * 100)
    f["done"] = 8 - (models_r < models_t) - (tdp_r < n)
    return f


def _results(f: dict[str, Any]) -> list[dict[str, Any]]:
    t = f["temples"]
    return [
        {"field": "Công tác tuyên truyền, vận động Nhân dân và củng cố khối đại đoàn kết toàn dân tộc", "text": (
            f"Ủy ban phối hợp với các tổ chức thành viên và Ban công tác Mặt trận {f['n']} tổ dân phố tổ chức {f['sessions']} buổi tuyên truyền trực tiếp, lồng ghép trong sinh hoạt khu dân cư; nội dung tập trung vào Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020-2025, cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026, Luật Thực hiện dân chủ ở cơ sở năm 2022. Từ năm 2021, {f['n']} nhóm Zalo của các tổ dân phố với {f['zalo']} thành viên giúp thông tin kịp thời tới từng hộ.",
            f"Việc nắm tình hình Nhân dân được duy trì với 20 báo cáo định kỳ hằng quý và {f['special']} báo cáo chuyên đề gửi Đảng ủy phường, Ủy ban MTTQ quận. “Ngày hội Đại đoàn kết toàn dân tộc” được tổ chức hằng năm ở {f['n']}/{f['n']} khu dân cư. Ủy ban thăm hỏi {', '.join(t)} trên địa bàn vào các dịp lễ lớn của tôn giáo; chức sắc, tín đồ đóng góp {f['religious_gift']} triệu đồng cho hoạt động từ thiện, an sinh xã hội.",
        )},
        {"field": "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”", "text": (
            f"Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa” tăng từ {f['cult_0']}% năm 2019 lên {pct(f['cult_r'])}% năm 2023 ({f['cult_n']}/{f['h']} hộ), vượt chỉ tiêu {f['cult_t']}%; {f['tdp_r']}/{f['n']} tổ dân phố được công nhận “Tổ dân phố văn hóa”. Việc bình xét được làm công khai từ cuộc họp tổ dân phố, gắn với thực hiện quy ước khu dân cư và nếp sống văn minh trong việc cưới, việc tang, lễ hội.",
            f"Ủy ban vận động {f['shops']} hộ kinh doanh ký cam kết không lấn chiếm vỉa hè, lòng đường; phối hợp thí điểm phân loại rác thải tại nguồn với {f['sorting']} hộ tham gia. Khu dân cư duy trì {f['models_r']} mô hình tự quản về an ninh trật tự, phòng cháy, chữa cháy, vệ sinh môi trường; chỉ tiêu {f['models_t']} mô hình chưa đạt vì một số mô hình tự quản hè phố ngừng hoạt động khi Thành phố điều chỉnh phương án sử dụng tạm thời hè phố.",
        )},
        {"field": "Cuộc vận động “Ngày vì người nghèo” và công tác an sinh xã hội", "text": (
            f"Cả nhiệm kỳ, Quỹ “Vì người nghèo” phường vận động được {_n(f['fund_r'])} triệu đồng, đạt {f['fund_pct']}% chỉ tiêu; Ủy ban hỗ trợ xây mới {f['houses_new']} nhà và sửa chữa {f['houses_r'] - f['houses_new']} nhà Đại đoàn kết; tặng {f['gifts']} suất quà Tết; mua {f['insurance']} thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo; mỗi năm hỗ trợ {f['students']} học sinh có hoàn cảnh khó khăn. Số hộ nghèo theo chuẩn của Thành phố giảm từ {f['poor0']} hộ ({f['poor0_pct']}%) đầu nhiệm kỳ xuống {f['poor1']} hộ ({f['poor1_pct']}%) cuối năm 2023.",
            f"Trong hai năm chống dịch Covid-19, Ủy ban tiếp nhận {f['covid']} triệu đồng tiền mặt và hàng hóa, trao {f['covid_gifts']} suất quà cho lao động tự do, người thuê trọ mất việc và hộ phải cách ly; việc rà soát đối tượng hỗ trợ bảo đảm công khai, đúng đối tượng, không có khiếu nại. Nhân dân trong phường còn ủng hộ đồng bào miền Trung bị bão lũ năm 2020 được {f['storm']} triệu đồng.",
        )},
        {"field": "Công tác giám sát và phản biện xã hội", "text": (
            f"Ủy ban chủ trì {f['sup_r']} cuộc giám sát (chỉ tiêu {f['sup_t']} cuộc) và phối hợp với Hội đồng nhân dân phường {f['sup_hdnd']} cuộc, tập trung vào chính sách hỗ trợ người dân gặp khó khăn do đại dịch, cải tạo ngõ xóm, an toàn thực phẩm, cấp giấy chứng nhận quyền sử dụng đất. Sau giám sát có {f['rec']} kiến nghị, {f['rec_ok']} kiến nghị đã được giải quyết. Ban Thanh tra nhân dân giám sát {f['ttnd']} vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát {f['gsdt']} công trình.",
            f"Ủy ban tổ chức 5 hội nghị phản biện xã hội (đạt chỉ tiêu) đối với phương án sắp xếp điểm trông giữ xe, phương án cải tạo nhà văn hóa tổ dân phố, kế hoạch thu gom rác thải, quy chế quản lý hè phố và dự thảo quy ước khu dân cư; {f['pb_opinions']} ý kiến phản biện được cơ quan soạn thảo tiếp thu.",
        )},
        {"field": "Tham gia xây dựng Đảng, xây dựng chính quyền", "text": (
            f"Ủy ban chủ trì 3 hội nghị hiệp thương, phối hợp tổ chức {f['n']} hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu Hội đồng nhân dân nhiệm kỳ 2021-2026; cuộc bầu cử ngày 23/5/2021 có {f['turnout']}% cử tri đi bầu. Ủy ban phối hợp tổ chức {f['tx']} hội nghị tiếp xúc cử tri với {f['voters']} lượt cử tri, tổng hợp {f['opinions']} ý kiến, kiến nghị; mọi ý kiến đều được trả lời tại hội nghị hoặc chuyển đến cơ quan có thẩm quyền.",
            f"Ủy ban lấy ý kiến Nhân dân nơi cư trú đối với {f['members']} lượt đảng viên theo Quy định số 213-QĐ/TW; phối hợp tổ chức {f['dialogues']} hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền phường với Nhân dân; các tổ chức thành viên giới thiệu {f['introduced']} đoàn viên, hội viên ưu tú để Đảng xem xét kết nạp.",
        )},
        {"field": "Công tác phối hợp, xây dựng tổ chức và đổi mới phương thức hoạt động", "text": (
            f"Ủy ban thực hiện Quy chế phối hợp với Ủy ban nhân dân phường; Ban Thường trực giao ban hằng tháng với người đứng đầu các tổ chức thành viên; {f['n']}/{f['n']} Ban công tác Mặt trận được kiện toàn; {f['trainings']} lớp tập huấn nghiệp vụ được mở cho cán bộ Mặt trận cơ sở.",
            f"Chào mừng Đại hội MTTQ Việt Nam các cấp, Ủy ban vận động hoàn thành {f['works']} công trình, phần việc trị giá {f['works_value']} triệu đồng, trong đó có lắp {f['cameras']} mắt camera an ninh ở các ngõ, trồng cây xanh và trao học bổng “Tiếp sức đến trường”.",
        )},
    ]  # fmt: skip


def _organisations(f: dict[str, Any]) -> list[dict[str, Any]]:
    h, rng = f["hh"], random.Random(f"dong-da:{f['ward']}:orgs")

    def k(lo: float, hi: float) -> str:
        return _n(int(h * rng.uniform(lo, hi)))

    return [
        {"organisation": "Hội Cựu chiến binh", "text": (f"Hội có {k(0.045, 0.06)} hội viên, 100% chi hội đạt vững mạnh. Hội viên cựu chiến binh là nòng cốt của các tổ tự quản về an ninh trật tự, hòa giải thành {rng.randint(8, 24)} vụ việc ở khu dân cư; Hội ủng hộ Quỹ “Vì người nghèo” {rng.randint(40, 110)} triệu đồng.",)},
        {"organisation": "Hội Liên hiệp Phụ nữ", "text": (f"Hội có {k(0.3, 0.36)} hội viên ở {f['n']} chi hội, duy trì {f['n']} câu lạc bộ “Gia đình hạnh phúc”; mô hình “Tiết kiệm vì phụ nữ nghèo” huy động {rng.randint(90, 220)} triệu đồng, giúp {rng.randint(15, 40)} hội viên có vốn làm ăn; Hội giới thiệu {rng.randint(6, 15)} hội viên ưu tú để Đảng xem xét kết nạp.",)},
        {"organisation": "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "text": (f"Đoàn Thanh niên phường có {rng.randint(8, 16)} chi đoàn với {k(0.035, 0.05)} đoàn viên, thực hiện {rng.randint(25, 60)} công trình, phần việc thanh niên, vận động {k(0.12, 0.16)} đơn vị máu tình nguyện và giúp {k(0.35, 0.45)} người dân kích hoạt tài khoản định danh điện tử.",)},
        {"organisation": "Hội Người cao tuổi", "text": (f"Hội có {k(0.33, 0.4)} hội viên, duy trì {rng.randint(8, 16)} câu lạc bộ dưỡng sinh, thơ ca, văn nghệ; tổ chức mừng thọ {k(0.28, 0.34)} lượt người cao tuổi, vận động Quỹ chăm sóc người cao tuổi được {rng.randint(90, 230)} triệu đồng.",)},
        {"organisation": "Hội Chữ thập đỏ", "text": (f"Hội có {k(0.09, 0.12)} hội viên; qua phong trào “Tết Nhân ái” trao {k(0.12, 0.16)} suất quà cho hộ nghèo, người khuyết tật, người già cô đơn; kết nối {rng.randint(20, 50)} địa chỉ nhân đạo trị giá {rng.randint(30, 70) * 10} triệu đồng.",)},
        {"organisation": "Hội Khuyến học", "text": (f"Hội có {k(0.2, 0.25)} hội viên; năm 2023 có {k(0.38, 0.45)} hộ đạt danh hiệu “Gia đình học tập”; Quỹ khuyến học huy động {rng.randint(150, 400)} triệu đồng, trao {k(0.15, 0.2)} suất học bổng, phần thưởng cho học sinh vượt khó, học giỏi.",)},
        {"organisation": "Hội Cựu thanh niên xung phong", "text": (f"Hội có {rng.randint(80, 200)} hội viên, thăm hỏi {rng.randint(90, 250)} lượt hội viên ốm đau, hỗ trợ {rng.randint(1, 4)} hội viên sửa chữa nhà ở và nói chuyện truyền thống tại các trường học trên địa bàn.",)},
        {"organisation": "Hội Nạn nhân chất độc da cam/dioxin", "text": (f"Hội có {rng.randint(40, 90)} hội viên, trong đó {rng.randint(18, 40)} nạn nhân; Hội vận động được {rng.randint(60, 160)} triệu đồng, tặng {rng.randint(120, 300)} suất quà và phối hợp với Trạm y tế phường khám sức khỏe định kỳ cho 100% nạn nhân.",)},
    ]  # fmt: skip


def _targets(f: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"name": "Vận động Quỹ “Vì người nghèo” cả nhiệm kỳ", "unit": "triệu đồng", "target": f["fund_t"], "result": f["fund_r"]},
        {"name": "Hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết", "unit": "căn", "target": f["houses_t"], "result": f["houses_r"]},
        {"name": "Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa”", "unit": "%", "target": f["cult_t"], "result": pct(f["cult_r"])},
        {"name": "Tổ dân phố đạt danh hiệu “Tổ dân phố văn hóa”", "unit": "tổ", "target": f["n"], "result": f["tdp_r"]},
        {"name": "Cuộc giám sát do Ủy ban MTTQ phường chủ trì", "unit": "cuộc", "target": f["sup_t"], "result": f["sup_r"]},
        {"name": "Hội nghị phản biện xã hội", "unit": "hội nghị", "target": 5, "result": 5},
        {"name": "Mô hình tự quản ở khu dân cư hoạt động hiệu quả", "unit": "mô hình", "target": f["models_t"], "result": f["models_r"]},
        {"name": "Tỷ lệ hộ nghèo cuối nhiệm kỳ (chuẩn của Thành phố)", "unit": "%", "target": f["poor_t"], "result": f["poor1_pct"], "higher_is_better": False},
    ]  # fmt: skip


def _area_results(f: dict[str, Any]) -> list[dict[str, Any]]:
    """Five long paragraphs per residential area: the detail that belongs in an appendix."""
    rng = random.Random(f"dong-da:{f['ward']}:areas")
    homes = f["homes"]
    cultured = _split(round(f["hh"] * f["cult_r"] / 100), [x * rng.randint(86, 93) for x in homes])
    out = []
    for n, (h, gv) in enumerate(zip(homes, cultured, strict=True), start=1):
        models = rng.sample(_MODELS, 3)
        works = [w.format(x=rng.randint(4, 24)) for w in rng.sample(_WORKS, 2)]
        hg = rng.randint(3, 9)
        out.append({"field": f"Kết quả ở Tổ dân phố số {n}", "text": (
            f"Tổ dân phố số {n} có {_n(h)} hộ với {_n(int(h * rng.uniform(3.1, 3.45)))} nhân khẩu. Trong nhiệm kỳ, Ban công tác Mặt trận đã phối hợp với Chi bộ, Tổ trưởng tổ dân phố và Cảnh sát khu vực tổ chức {rng.randint(10, 18)} buổi sinh hoạt, tuyên truyền lồng ghép với {_n(rng.randint(600, 1100))} lượt người dự, tập trung phổ biến Nghị quyết Đại hội Đảng bộ phường, Luật Thực hiện dân chủ ở cơ sở, các quy định về phòng cháy, chữa cháy đối với nhà ở kết hợp kinh doanh; “Ngày hội Đại đoàn kết toàn dân tộc” được tổ chức đều đặn hằng năm, thu hút bình quân {rng.randint(150, 320)} người tham gia mỗi năm.",
            f"Về công tác an sinh xã hội, các hộ gia đình, cá nhân, hộ kinh doanh trên địa bàn Tổ dân phố số {n} đã ủng hộ Quỹ “Vì người nghèo” phường tổng số {rng.randint(48, 70)} triệu đồng; Ban công tác Mặt trận đã phối hợp với các chi hội trao {rng.randint(90, 180)} suất quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách, người cao tuổi cô đơn; trong hai năm 2020-2021, tổ đã tiếp nhận và phân phát {_n(rng.randint(8, 25) * 100)} kg gạo, {rng.randint(120, 260)} suất quà cho lao động tự do mất việc, người thuê trọ bị ảnh hưởng bởi dịch Covid-19; các gia đình chính sách, người có công đều được thăm hỏi, tặng quà đầy đủ vào các dịp lễ, Tết.",
            f"Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tiếp tục được duy trì; năm 2023 có {_n(gv)}/{_n(h)} hộ đạt danh hiệu “Gia đình văn hóa” (đạt {pct(gv * 100 / h)}%). Tổ duy trì {models[0]}, {models[1]} và {models[2]}; các hộ dân đã đóng góp {rng.randint(25, 90)} triệu đồng và {rng.randint(60, 240)} ngày công để {works[0]} và {works[1]}, góp phần xây dựng khu dân cư xanh, sạch, đẹp, văn minh.",
            f"Các chi hội đoàn thể ở Tổ dân phố số {n} duy trì sinh hoạt đều đặn: chi hội Cựu chiến binh có {rng.randint(20, 32)} hội viên, chi hội Phụ nữ có {rng.randint(95, 130)} hội viên, chi hội Người cao tuổi có {rng.randint(140, 190)} hội viên, chi hội Khuyến học có {rng.randint(70, 100)} hội viên; năm 2023 tổ có {rng.randint(120, 170)} hộ đạt danh hiệu “Gia đình học tập”, {rng.randint(15, 40)} học sinh được khen thưởng. Câu lạc bộ {_CLUBS[(n - 1) % len(_CLUBS)]} của tổ sinh hoạt hằng tuần với {rng.randint(18, 45)} thành viên và đạt {rng.randint(1, 4)} giải tại hội diễn, hội thao của phường.",
            f"Ban công tác Mặt trận đã tham gia giám sát cộng đồng {rng.randint(4, 12)} nội dung, trong đó có {rng.randint(1, 3)} công trình sửa chữa, cải tạo hạ tầng trên địa bàn; tiếp nhận, tổng hợp {rng.randint(12, 40)} ý kiến, kiến nghị của cử tri gửi tới các hội nghị tiếp xúc cử tri và hội nghị đối thoại; Tổ hòa giải cơ sở hòa giải thành {hg}/{hg + rng.randint(0, 2)} vụ việc. Tuy nhiên, số người tham gia sinh hoạt tổ dân phố còn ít, chủ yếu là người cao tuổi, người trẻ ít tham gia.",
        )})  # fmt: skip
    return out


def political_report(plan: dd.WardPlan, f: dict[str, Any]) -> dict[str, Any]:
    ward, n = plan.name, f["n"]
    results = _results(f) + (_area_results(f) if dd.REPORT_LONG in plan.faults else [])
    return {
        "introduction": (
            f"Nhiệm kỳ 2019-2024, Ủy ban MTTQ Việt Nam phường {ward} khóa {dd.ordinals(plan)[1]} triển khai Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường lần thứ {dd.ordinals(plan)[1]} trong bối cảnh có nhiều thuận lợi nhưng không ít khó khăn: dịch bệnh Covid-19 kéo dài trong hai năm 2020-2021 ảnh hưởng nặng nề đến việc làm, thu nhập của nhiều hộ gia đình; {f['context']}.",
            f"Được sự lãnh đạo của Đảng ủy phường, sự phối hợp của Ủy ban nhân dân phường, sự hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam quận Đống Đa và sự đồng thuận của Nhân dân {n} tổ dân phố với {f['h']} hộ, {f['p']} nhân khẩu, Ủy ban đã đoàn kết, đổi mới phương thức hoạt động, hoàn thành và hoàn thành vượt mức {f['done']}/8 chỉ tiêu Nghị quyết Đại hội đề ra.",
        ),
        "results": results,
        "member_organisations": _organisations(f),
        "targets": _targets(f),
        "shortcomings": (
            "Việc nắm tình hình Nhân dân ở một số khu dân cư còn chậm, chưa dự báo sớm những vấn đề bức xúc như trông giữ xe, tiếng ồn, trật tự xây dựng. Sinh hoạt của một số Ban công tác Mặt trận còn đơn điệu, chưa thu hút người trẻ tuổi, người lao động tự do và người thuê trọ.",
            f"Việc đôn đốc giải quyết kiến nghị sau giám sát chưa thường xuyên, còn {f['rec'] - f['rec_ok']} kiến nghị chưa được trả lời; phản biện xã hội mới dừng ở các dự thảo do phường chủ động đưa ra. Chỉ tiêu mô hình tự quản chưa đạt; ứng dụng công nghệ thông tin trong công tác Mặt trận còn hạn chế.",
        ),
        "causes": (
            "Nguyên nhân khách quan: dịch bệnh làm gián đoạn sinh hoạt khu dân cư gần hai năm; địa bàn đông dân, dân cư biến động nhiều; kinh phí hoạt động của Ban công tác Mặt trận còn hạn hẹp.",
            "Nguyên nhân chủ quan: một số Ủy viên chưa dành nhiều thời gian cho công tác Mặt trận; chưa có cách theo dõi từng kiến nghị sau giám sát; kỹ năng sử dụng công nghệ thông tin của một bộ phận cán bộ Mặt trận cao tuổi còn hạn chế.",
        ),
        "lessons": (
            "Một là, bám sát sự lãnh đạo của Đảng ủy, chủ động phối hợp với chính quyền, lấy khu dân cư làm địa bàn hoạt động chủ yếu. Hai là, phát huy vai trò các tổ chức thành viên, phân công rõ người, rõ việc, rõ thời hạn. Ba là, gắn các cuộc vận động với lợi ích thiết thực của người dân, công khai mọi nguồn vận động. Bốn là, giám sát phải đi đến cùng, theo dõi việc giải quyết từng kiến nghị.",
        ),
        "direction": (
            f"Nhiệm kỳ 2024-2029, Ủy ban MTTQ Việt Nam phường {ward} tiếp tục phát huy sức mạnh khối đại đoàn kết toàn dân tộc; đổi mới nội dung, phương thức hoạt động theo hướng thiết thực, hướng về khu dân cư; làm tốt vai trò giám sát, phản biện xã hội, tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh; góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường {ward} nhiệm kỳ 2020-2025 và nhiệm kỳ tiếp theo.",
        ),
        "new_targets": [
            {"name": "Vận động Quỹ “Vì người nghèo” cả nhiệm kỳ", "value": f"Từ {f['fund_next']} triệu đồng trở lên"},
            {"name": "Hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết", "value": f"Ít nhất {f['houses_r'] + 1} căn"},
            {"name": "Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa”", "value": f"Từ {f['cult_t_next']}% trở lên mỗi năm"},
            {"name": "Cuộc giám sát do Ủy ban MTTQ phường chủ trì", "value": "Ít nhất 5 cuộc mỗi năm"},
            {"name": "Hội nghị phản biện xã hội", "value": "Ít nhất 1 hội nghị mỗi năm"},
            {"name": "Mô hình tự quản ở khu dân cư", "value": f"Từ {f['models_t']} mô hình, mỗi tổ dân phố ít nhất 2 mô hình"},
            {"name": "Hộ nghèo theo chuẩn của Thành phố", "value": "Không còn hộ nghèo từ năm 2028"},
        ],
        "tasks": (
            f"Một là, đẩy mạnh tuyên truyền, củng cố khối đại đoàn kết toàn dân tộc; nâng cao chất lượng nắm tình hình Nhân dân; tổ chức tốt “Ngày hội Đại đoàn kết toàn dân tộc” ở {n}/{n} khu dân cư.",
            f"Hai là, nâng cao hiệu quả các cuộc vận động, phong trào thi đua, trọng tâm là Chương trình “{TITLE_KDC}”; sử dụng công khai, đúng đối tượng các nguồn vận động an sinh xã hội.",
            "Ba là, nâng cao chất lượng giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; lập sổ theo dõi từng kiến nghị sau giám sát cho đến khi có kết quả giải quyết.",
            "Bốn là, kiện toàn tổ chức, bồi dưỡng cán bộ Mặt trận ở khu dân cư; phân công từng Ủy viên phụ trách một khu dân cư hoặc lĩnh vực; ứng dụng công nghệ thông tin, chuyển đổi số trong công tác Mặt trận.",
        ),
        "conclusion": (
            f"Với tinh thần “Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển”, Ủy ban MTTQ Việt Nam phường {ward} khóa {dd.ordinals(plan)[0]} cùng các tổ chức thành viên và các tầng lớp Nhân dân quyết tâm thực hiện thắng lợi Nghị quyết Đại hội, xây dựng phường {ward} ngày càng văn minh, giàu đẹp, nghĩa tình.",
        ),
    }  # fmt: skip
