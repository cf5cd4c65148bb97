'''one
two''' """three "quoted" 'x'
four"""
