'\n\t\\\'\"\a\b\f\v\r' 
