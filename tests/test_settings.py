"""Settings: each group is read where it applies (one sentence whose facts
change with one value), the API takes them by name, a build keyed by them,
and a library build leaves the process as it found it."""
import gc
import json
import os

import pytest

import kg
from kg.doc.model import Document
from kg.doc.settings import DEFAULT, Confidences, Limits, Settings, Thresholds
from kg.extraction.pipeline import extract_document

PLAN = "近日，天津市印发《天津市新型基础设施建设三年行动方案》，提出到2023年建成5G基站5万个。"


def _relations(facts):
    return {(r.subject, r.predicate, r.object, r.confidence) for r in facts.relations}


def test_settings_of_routes_names_to_their_group_and_refuses_unknown_ones():
    s = Settings.of(workers=3, max_mb=4, roundup_items=5, issues_trigger=0.5)
    assert (s.workers, s.limits.max_mb, s.thresholds.roundup_items, s.confidences.issues_trigger) == (3, 4, 5, 0.5)
    assert s.limits.fork_from == DEFAULT.limits.fork_from  # the rest of a group stays
    assert Settings.of(limits=Limits(max_mb=1)).limits == Limits(max_mb=1)
    with pytest.raises(TypeError, match="unknown settings: colour, size"):
        Settings.of(size=1, colour="red", workers=2)
    with pytest.raises(ValueError, match="validate 'some': one of auto, full, sample, off"):
        Settings.of(validate="some")


def test_settings_defaults_are_the_extractors_values():
    assert Settings() == DEFAULT and DEFAULT.thresholds == Thresholds() and DEFAULT.confidences == Confidences()
    assert _relations(kg.extract(PLAN)) == _relations(kg.extract(PLAN, **{}))


def test_settings_limits_a_sentence_cut_short_loses_the_plan_it_issued():
    whole = kg.extract(PLAN)
    cut = kg.extract(PLAN, max_sentence_chars=20)
    assert ("天津市", "issues", "天津市新型基础设施建设三年行动方案", 0.9) in _relations(whole)
    assert not any(r.predicate == "issues" for r in cut.relations)


def test_settings_thresholds_a_seat_name_longer_than_allowed_names_no_body():
    text = "江苏省未来网络创新研究院发布报告。"
    assert "江苏省未来网络创新研究院" in {e.name for e in kg.extract(text).entities}
    assert "江苏省未来网络创新研究院" not in {e.name for e in kg.extract(text, max_seat_name=4).entities}


def test_settings_thresholds_reach_the_recognisers_helpers():
    text = "重点发展物联网、大数据、脑机接口等领域。"
    assert "脑机接口" in {e.name for e in kg.extract(text).entities}
    assert "脑机接口" not in {e.name for e in kg.extract(text, min_known_fields=3).entities}


def test_settings_thresholds_bound_the_verbs_between_a_quoted_name_and_its_noun():
    text = "江苏全省已建成8个“5G+工业互联网”应用示范园区。"
    assert ("5G+工业互联网应用示范园区", 8) in {(m.indicator, m.value) for m in kg.extract(text).measures}
    assert ("5G+工业互联网应用示范园区", 8) not in {(m.indicator, m.value) for m in kg.extract(text, max_quote_lead_verbs=0).measures}


def test_settings_confidences_are_the_records_confidences():
    assert ("天津市", "issues", "天津市新型基础设施建设三年行动方案", 0.5) in _relations(kg.extract(PLAN, issues_trigger=0.5))
    doc = Document(id="d", source="<text>", text=PLAN, sha256="", published="2021-01-01")
    assert {m.confidence for m in extract_document(doc).measures} == {0.6}
    assert {m.confidence for m in extract_document(doc, Settings.of(measure=0.3)).measures} == {0.3}


def test_settings_build_takes_them_by_name_and_refuses_unknown_ones(tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    with pytest.raises(TypeError, match="unknown settings: max_nodes"):
        kg.build(tmp_path / "plan.txt", tmp_path / "out", max_nodes=3)
    assert not (tmp_path / "out").exists()


def _confidences(out):
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["predicate"]: r["confidence"] for r in map(json.loads, lines) if r["kind"] == "relation"}


def test_settings_build_a_rebuild_under_other_settings_extracts_again(tmp_path):
    """The cache and the previous build's snapshot are keyed by the
    settings: results made under other confidences are not reused."""
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    first = kg.build(tmp_path / "plan.txt", out, validate="off")
    assert first.code == 0 and _confidences(out)["issues"] == 0.9
    second = kg.build(tmp_path / "plan.txt", out, validate="off", issues_trigger=0.55)
    assert second.code == 0 and _confidences(out)["issues"] == 0.55
    assert second.report["cache"]["misses"] == 1
    assert second.report["validation"]["mode"] == "off"


def test_settings_build_leaves_the_process_as_it_found_it(tmp_path):
    """kg.build is a library call: the collector's thresholds and the umask
    it found are the ones it leaves (the `kg` command may tune its own)."""
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    thresholds, mask = gc.get_threshold(), os.umask(0o027)
    try:
        gc.set_threshold(701, 11, 12)
        assert kg.build(tmp_path / "plan.txt", tmp_path / "out", validate="off").code == 0
        assert gc.get_threshold() == (701, 11, 12)
        assert os.umask(0o027) == 0o027
        assert oct((tmp_path / "out" / "graph.ttl").stat().st_mode & 0o777) == oct(0o640)  # the umask it found
    finally:
        gc.set_threshold(*thresholds)
        os.umask(mask)
