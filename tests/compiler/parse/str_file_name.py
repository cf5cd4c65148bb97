a = "str_file_name.py"
b = "str_file_name"
c = "other_name.py"
