"""Typing / OCR noise applied on top of transliteration."""

_ROWS = {
    "latin": ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
    "az": ["qüertyuiopöğ", "asdfghjklıə", "zxcvbnmçş"],
    "cyr": ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"],
    "hy": ["քոեռտըւիօպ", "ասդֆգհյկլ", "զղցվբնմ"],
}
_OCR = {
    "latin": [
        ("rn", "m"),
        ("m", "rn"),
        ("l", "i"),
        ("i", "l"),
        ("e", "c"),
        ("c", "e"),
        ("u", "v"),
        ("h", "b"),
        ("a", "o"),
        ("o", "a"),
        ("cl", "d"),
        ("n", "h"),
    ],
    "az": [
        ("ə", "a"),
        ("ə", "e"),
        ("ı", "i"),
        ("ş", "s"),
        ("ç", "c"),
        ("ü", "u"),
        ("m", "rn"),
        ("l", "i"),
        ("e", "c"),
        ("ğ", "g"),
        ("i", "ı"),
    ],
    "cyr": [
        ("ш", "щ"),
        ("щ", "ш"),
        ("и", "н"),
        ("н", "и"),
        ("е", "с"),
        ("л", "п"),
        ("п", "л"),
        ("ы", "ь"),
        ("з", "э"),
        ("в", "з"),
        ("ц", "щ"),
        ("й", "и"),
        ("е", "ё"),
    ],
    "hy": [
        ("ո", "ս"),
        ("ս", "ո"),
        ("դ", "ղ"),
        ("ղ", "դ"),
        ("ն", "ս"),
        ("հ", "կ"),
        ("մ", "ս"),
        ("ր", "ը"),
        ("ե", "է"),
        ("ու", "ո"),
    ],
}


def _neighbours(rows):
    nb = {}
    for r, row in enumerate(rows):
        for i, ch in enumerate(row):
            cand = []
            if i > 0:
                cand.append(row[i - 1])
            if i + 1 < len(row):
                cand.append(row[i + 1])
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(rows) and i < len(rows[rr]):
                    cand.append(rows[rr][i])
            nb[ch] = cand
    return nb


_NB = {k: _neighbours(v) for k, v in _ROWS.items()}


def typo(s, script, rng):
    """Apply one random typo to s (a name); keeps the first letter in most cases."""
    n = len(s)
    if n < 3:
        return s
    r = rng.random()
    i = rng.randrange(1, n - 1)
    if s[i] in " -." or s[i - 1] in " -.":
        return s
    if r < 0.22:  # dropped letter
        return s[:i] + s[i + 1 :]
    if r < 0.38:  # doubled letter
        return s[:i] + s[i] + s[i:]
    if r < 0.55:  # swapped neighbours
        if s[i + 1] in " -.":
            return s
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if r < 0.78:  # keyboard slip
        c = s[i]
        cand = _NB[script].get(c.lower())
        if not cand:
            return s
        return s[:i] + rng.choice(cand) + s[i + 1 :]
    # OCR-like confusion
    pairs = _OCR[script]
    for _ in range(4):
        a, b = rng.choice(pairs)
        j = s.find(a, 1)
        if j > 0:
            return s[:j] + b + s[j + len(a) :]
    return s
