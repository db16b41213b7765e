"""kg: knowledge graphs from Chinese policy and industry news.

The public API (``kg.api``): ``extract`` one text, ``build`` files into a
folder, ``load`` a build. Facts come as the records ``records.jsonl``
holds, typed, with offsets into the text as given.

>>> import kg
>>> facts = kg.extract("近日，天津市印发《天津市新型基础设施建设三年行动方案》，提出到2023年建成5G基站5万个。")
>>> facts  # doctest: +ELLIPSIS
Extraction('text_...': 4 entities, 2 relations, 1 measures)
>>> sorted((r.subject, r.predicate, r.object) for r in facts.relations)
[('天津市', 'issues', '天津市新型基础设施建设三年行动方案'), ('天津市新型基础设施建设三年行动方案', 'targets', '新型基础设施建设')]
"""
__all__ = ["extract", "build", "load", "Extraction", "BuildResult", "Build",
           "EntityRecord", "RelationRecord", "MeasureRecord", "Settings"]


def __getattr__(name: str):
    # Loaded on first use: `kg query` and `kg serve` import this package
    # without needing the extraction's lexicons.
    if name in __all__:
        from kg import api
        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
