"""The evaluation stage writes no words of its own: every text a county or an inspector reads comes
from the catalogue (checker/data/messages.yaml). A string literal holding Chinese in
checker/evaluate/*.py is either a word the code matches, a label table that is data and kept in
one place, or a lineage record; each is listed here with its reason. Anything else is a message
written inline, which belongs in the catalogue (keys history.*, consistency.*, cases.*,
schoolchecks.*, evaluate.*, check.*, engine.*)."""

import ast
import re
from pathlib import Path

from checker.evaluate.messages import both

EVALUATE = Path(__file__).resolve().parent.parent / "checker" / "evaluate"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")

SCHOOL_TYPES = "school types: values of the school table's `type` column the code matches"
RESOURCE_NAMES = "the resource indicators' names: one table (derive.RESOURCES, BASIC_ONLY) that schoolchecks reads"
LINEAGE = ("a derived figure's locator or lineage: one string per figure (Citation.locator, the lineage record), "
           "the same in every language; a locator in two languages needs the model and the renderers")
UNITS = "units as counties write them: matched against the unit written, and composed into amounts"

ALLOWED = {
    "derive.py": {
        **dict.fromkeys(("小学", "教学点", "初中", "九年一贯制", "十二年一贯制", "完全中学", "特殊教育学校", "中职",
                         "幼儿园"), SCHOOL_TYPES),
        **dict.fromkeys(("每百名学生拥有高于规定学历教师数", "每百名学生拥有县级以上骨干教师数", "每百名学生拥有体育艺术专任教师数",
                         "生均教学及辅助用房面积", "生均体育运动场馆面积", "生均教学仪器设备值", "equipment value per pupil (元)",
                         "每百名学生拥有网络多媒体教室数", "每百名学生拥有计算机台数", "生均图书册数", "师生比(每百名学生专任教师数)",
                         "每百名学生拥有中级及以上专业技术职务教师数"), RESOURCE_NAMES),
        **dict.fromkeys(("综合差异系数 = mean of the 8 single CVs the county states",
                         "综合差异系数 = mean of the 8 single CVs", " over the 幼儿园 rows", "教学点 with "), LINEAGE),
        "人": "the unit of a kindergarten total (a figure's unit, as the dictionary's)",
    },
    "history.py": dict.fromkeys(("元", "万元", "亿元", "万", "亿"), UNITS),
    "schoolchecks.py": dict.fromkeys(("九年一贯制", "十二年一贯制", "幼儿园", "教学点"), SCHOOL_TYPES),
}


def chinese_literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string literal holding Chinese, docstrings left out (comments are not literals)."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and CJK.search(node.value)]


def test_no_message_is_written_inline_in_the_evaluation_stage():
    inline = [f"{path.name}:{line}: {value!r}" for path in sorted(EVALUATE.glob("*.py"))
              for line, value in chinese_literals(path) if value not in ALLOWED.get(path.name, {})]
    assert not inline, "texts to move into checker/data/messages.yaml:\n" + "\n".join(inline)


def test_every_allowed_literal_is_still_there():
    """An entry the code no longer holds is dropped from the list, so the list never hides a new text."""
    for name, allowed in ALLOWED.items():
        found = {value for _, value in chinese_literals(EVALUATE / name)}
        assert set(allowed) <= found, (name, sorted(set(allowed) - found))


def test_the_scan_sees_f_strings_and_leaves_docstrings():
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.py"
        path.write_text('"""模块说明"""\ndef f(x):\n    """函数说明"""\n    return f"{x} 不达标", "缺少"  # 注释\n',
                        "utf-8")
        assert sorted(value for _, value in chinese_literals(path)) == sorted([" 不达标", "缺少"])


def test_both_renders_each_language_and_splits_pairs():
    assert both("consistency.no_prior_year", year=2020) == ("缺少上年(2020)数值", "no figure for 2020")
    assert both("consistency.no_figure", label=("小学在校生 2021年", "pupils (primary) 2021")) == \
        ("缺少小学在校生 2021年", "no figure for pupils (primary) 2021")
    assert both("consistency.zero_base") is both("consistency.zero_base")  # a text without fields: formatted once
    # a year Chinese says as 上年 is an empty field in Chinese
    assert both("history.yoy_what", label=("x", "x"), change="5.0", year=("", 2020)) == \
        ("x 比上年 5.0%", "x changed 5.0% on 2020")
