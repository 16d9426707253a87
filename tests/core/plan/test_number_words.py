from coach.core.plan.number_words import number_word


def test_number_words():
    assert [number_word(n) for n in (1, 13, 20, 21, 40, 99, 100)] == [
        "one", "thirteen", "twenty", "twenty one", "forty", "ninety nine", "one hundred"]
