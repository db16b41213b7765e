from kg.lang.registry import Registry


def test_registry_for_text_keeps_what_holds_a_need_in_registration_order():
    reg = Registry()
    for name, needs in (("always", ()), ("meeting", ("会议", "论坛")), ("list", ("、",)),
                        ("held", ("召开", "主持召开")), ("empty", ("",))):
        reg.register(name, needs=needs)(lambda name=name: name)

    def names(text: str) -> list[str]:
        return [fn() for fn in reg.for_text(text)]

    assert names("今天天气好") == ["always", "empty"]
    assert names("主持召开会议") == ["always", "meeting", "held", "empty"]  # overlapping needs both count
    assert names("A、B、C论坛") == ["always", "meeting", "list", "empty"]
    reg.register("late", needs=("天气",))(lambda: "late")  # a function registered after a lookup is seen
    assert names("今天天气好") == ["always", "empty", "late"]


def test_registry_for_text_keeps_what_the_mention_types_allow():
    reg = Registry()
    for name, needs, types in (("any", (), ()), ("people", (), ("Person",)), ("held", ("召开",), ("Event", "Organization"))):
        reg.register(name, needs=needs, types=types)(lambda name=name: name)

    def names(text: str, types) -> list[str]:
        return [fn() for fn in reg.for_text(text, types)]

    assert names("召开会议", None) == ["any", "people", "held"]  # types not known: words alone decide
    assert names("召开会议", set()) == ["any"]
    assert names("召开会议", {"Event"}) == ["any", "held"]
    assert names("今天", {"Person", "Event"}) == ["any", "people"]  # both the words and the types must allow
