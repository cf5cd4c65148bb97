'a' "b" '' "" 'it"s' "it's"
