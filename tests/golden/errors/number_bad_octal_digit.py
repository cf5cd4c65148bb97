perm = 0o8
