"""People's names: normalised for comparison, printed form kept.

API (other modules rely on these names):
- normalize_name(s) -> str
- name_similarity(a, b) -> float (0..1)
- same_person(a_surname, a_given, b_surname, b_given) -> bool
"""
