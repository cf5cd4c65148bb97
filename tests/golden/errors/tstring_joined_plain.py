# A plain string joined to a t-string lands, unquoted, after the
# t-string's last part: a space there leaves a valid call.
print(t"a" " ")
