# Non-greedy *? +? ?? and {m,n}?.
import re

print(re.match("a*?", "aaa").span())
print(re.match("a+?", "aaa").span())
print(re.match("a??", "aaa").span())
print(re.match("<.*?>", "<a><b>").group())
print(re.match("<.*>", "<a><b>").group())
print(re.findall("<(.+?)>", "<one><two>"))
print(re.match("(a+?)(a*)", "aaaa").groups())
print(re.match("(a*?)b", "aaab").groups())
print(re.match("a{2,4}?", "aaaaa").span())
print(re.match("(ab){1,3}?c", "ababc").groups())
print(re.sub("a*?", "-", "baaa"))
print(re.match("(.*?),(.*)", "x,y,z").groups())
print(re.match("(x|xy)??y", "xy").groups())
