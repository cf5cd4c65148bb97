price = 5
total = price § 2
