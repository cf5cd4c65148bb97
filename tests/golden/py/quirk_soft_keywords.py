# Names that are soft keywords in newer Python are plain identifiers here.
match = 1
case = 2
type = 3
_ = 4


def match_case(match, case):
    return match + case


class print_:
    type = "attr"


print(match, case, type, _, match_case(match, case), print_.type)
