d = {"key": "value", "n": 5}
lst = [10, 20, 30]
print(f"{d['key']} {d['n'] * 2} {lst[1:]}")
print(f"{'nested' + 'strings'} {len('abc')}")
print(f"{ {1: 2}[1] } { {3, 3} }")
print(f"{3 if lst else 4} {not lst} {lst and 'yes'}")
print(f"{[x * 2 for x in lst]} {sum(x for x in lst)}")
lambda_value = 7
print(f"{lambda_value} {(lambda_value)}")
print(f"""{
    lst[0]
    +
    lst[2]
}""")
print("plain " f"{lst[0]}" ' mixed ' f'{lst[1]}' """ end""")
print(f"{'\\n'.join(['a', 'b'])}")
