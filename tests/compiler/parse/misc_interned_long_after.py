a = "a_name_used_later_on"
a_name_used_later_on = 1
b = "a_name_used_later_on"
