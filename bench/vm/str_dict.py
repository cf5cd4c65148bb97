# String and dict work: word counting, formatting, joins and splits.
words = "the quick brown fox jumps over the lazy dog while the cat sleeps".split()
counts = {}
for i in range(60000):
    w = words[i % len(words)] + str(i % 97)
    counts[w] = counts.get(w, 0) + 1
text = ",".join("%s=%d" % (k, v) for k, v in counts.items())
parts = text.split(",")
upper = [p.upper() for p in parts if p.startswith("t")]
s = ""
for i in range(9000):
    s += "{}:{};".format(i, i * 2)
print(len(counts), len(parts), len(upper), len(s), s[-12:])
