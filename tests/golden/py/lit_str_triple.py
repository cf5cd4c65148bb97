"""Module docstring spanning
several lines, with "quotes" and 'apostrophes'."""

text = """Line one
Line two with a \t tab
    indented line
"""

other = '''He said "yes" and 'no' in one breath.
And then ''' + "stopped."

embedded = """a ""quoted"" word and "" two empties"""
escaped_end = """ends with a quote\""""
blank_lines = """


"""
print(text, other, embedded, escaped_end, len(blank_lines))
