import sys
import os, time
import collections as col
import os.path
import os.path as osp
from sys import argv
from sys import argv as args, path as search_path
from collections import (
    namedtuple,
    OrderedDict as OD,
)
from micropython import const


def lazy():
    import json
    from json import dumps as to_json
    return json, to_json


print(sys, os, time, col, osp, argv, args, search_path, namedtuple, OD, const)
