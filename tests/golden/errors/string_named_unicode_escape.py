dash = "\N{EM DASH}"
