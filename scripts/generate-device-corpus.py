#!/usr/bin/env python3
"""Writes tests/data/devices/corpus.tsv: labelled strings for measuring device identification.

Columns: label (hikvision | dahua | other_chinese | other | none), group (model | sentence | inventory | lookalike | lower |
dashless), text. The label says who made the device the string names (for OEM brands: the maker behind the brand as the
knowledge base records it). Deterministic (fixed seed); re-run after changing it, and review the diff.
"""
import random

random.seed(20261123)
rows = []

def add(label, group, text):
    rows.append((label, group, text))

def d(n):
    return ''.join(random.choice('0123456789') for _ in range(n))

def pick(xs):
    return random.choice(xs)

# --- Hikvision grammar ---------------------------------------------------------------------------------------------
def hik_camera():
    series = pick(['2', '2', '2', '1', '3', '4', '5', '6', '7'])
    mid = pick(['0', '1', '3', '5', '6', '7', '8', 'T', 'A'])
    res = pick(['2', '3', '4', '5', '6', '8'])
    typ = pick(['0', '1', '2', '3', '5', '6', '7'])
    gen = pick(['G0', 'G1', 'G2', 'G2H', 'F', 'FWD', 'WD', ''])
    suffix = pick(['-I', '-IS', '-IU', '-L', '-LU', '-LIS', '-IZS', '-IZ', '-LIU', '-ISU/SL', '-I5', '-I8', '-IWS', '-XS', ''])
    return f"DS-2CD{series}{mid}{res}{typ}{gen}{suffix}"

def hik_ptz():
    return f"DS-2{pick(['DE','DF','DY','SE'])}{pick(['2','4','5','7','8'])}{pick(['A','2','4',''])}{d(3)}{pick(['IW','IWG','IX','I'])}-{pick(['DE','AE','D','AELW','W'])}"

def hik_thermal():
    return f"DS-2TD{pick(['1','2','4','6'])}{d(3)}{pick(['B','T','','F'])}-{pick(['3','7','10','15','25'])}{pick(['/PA','/P','/W','/PI'])}"

def hik_nvr():
    return f"DS-{pick(['7604','7608','7616','7632','7664','7732','7104','7108','7716','9632','96128','8832','7608','7616'])}N{pick(['I','XI','',''])}-{pick(['K1','K2','K4','Q1','I4','I8','M4','H16R','E2'])}{pick(['/4P','/8P','/16P',''])}"

def hik_dvr():
    return f"DS-{pick(['7','7','9'])}{pick(['204','208','216','232','104','108','116'])}{pick(['HGHI','HQHI','HUHI','HTHI','HWI','HQHK'])}-{pick(['K1','K2','M1','M2','F1','E1'])}{pick(['/S','(S)',''])}"

def hik_ids():
    return pick([f"iDS-2CD7{d(2)}6G0-{pick(['IZHS','IZS','XZHS','AP'])}", f"IDS-2CD7A{d(2)}G0-{pick(['IZHS','XZHSY'])}",
                 f"iDS-{pick(['7','9'])}{pick(['608','616','632','664'])}NXI-{pick(['I4','I8','M8'])}/{pick(['8P','16P','X'])}",
                 f"iDS-7{pick(['204','208','216'])}HUHI-M{pick(['1','2'])}/{pick(['S','FA','E'])}"])

def hik_turbo():
    return f"DS-2CE{pick(['16','56','76','12','78','72'])}{pick(['D0','D8','H0','H8','K0','G0'])}T-{pick(['ITF','IT3F','EXIPF','ITPF','LFS','VFIT3F'])}"

def hik_access():
    return pick([f"DS-K1T{pick(['671','341','343','604','320','680'])}{pick(['MF','TMW','EFW','M','MWX'])}", f"DS-KD8003-IME1", f"DS-KV{pick(['6113','8113','8413'])}-{pick(['WME1','IME1'])}",
                 f"DS-KH{pick(['6320','8350','6350'])}-{pick(['WTE1','TE1'])}", f"DS-K2{pick(['602','604','601'])}T"])

def hiwatch():
    return pick([f"DS-I{pick(['120','122','200','203','220','250','450'])}{pick(['','(C)','(D)'])}", f"DS-N{pick(['201','204','208','216'])}{pick(['','(B)','(C)'])}",
                 f"HWI-{pick(['B','D','T'])}1{d(2)}H{pick(['','-Z','-C'])}", f"HWN-{pick(['2104','2108','4116'])}MH"])

def hilook():
    return pick([f"IPC-{pick(['B','T','D'])}1{d(2)}H{pick(['','A'])}{pick(['-U','-LU','-Z','-M'])}", f"NVR-1{pick(['04','08','16'])}MH-{pick(['C','D','C/4P'])}",
                 f"THC-{pick(['B','T'])}1{d(2)}-{pick(['MC','P','M'])}", f"DVR-2{pick(['04','08','16'])}{pick(['G','Q','U'])}-{pick(['K1','M1','F1'])}"])

def ezviz():
    return f"CS-{pick(['C6N','C3N','H8c','H6c','C8C','DB1C','CV310','EB3','H3c','BC1C','C3W'])}{pick(['','-4MP','-2MP',' 1080p'])}".split(' ')[0]

def lts():
    return pick([f"CMIP{pick(['3042','3142','7342','9362','8342'])}{pick(['W','N','NW',''])}-{pick(['28M','28MG','SA'])}", f"LTN{pick(['8704','8708','8716','0916'])}{pick(['K','T',''])}-P{pick(['4','8','16'])}", f"CMHR{pick(['9422','6422'])}W-28"])

def truvision():
    return f"TV{pick(['N','R','B','D','T'])}-{pick(['2208','5302','5304','4408','1104','11'])}{pick(['','-4','-B'])}"

# --- Dahua grammar ---------------------------------------------------------------------------------------------------
def dahua_ipc():
    fam = pick(['HFW', 'HDBW', 'HDW', 'HDPW', 'EW', 'PFW', 'HFS', 'EBW'])
    series = pick(['1', '2', '3', '5', '7'])
    mp = pick(['230', '231', '239', '431', '441', '442', '449', '541', '549', '831', '842', '249', '240'])
    mid = pick(['T', 'E', 'S', 'R', 'M', 'H', 'T1', ''])
    suffix = pick(['-ZE', '-AS', '-AS-PV', '-S2', '-S3', '-ASE', '-ZAS', '-I1', '-IL', '-ZS-S2', '-AS-NI', '-LED', '-SA', ''])
    prefix = pick(['IPC-', 'IPC-', 'DH-IPC-', 'DHI-IPC-'])
    return f"{prefix}{fam}{series}{mp}{mid}{suffix}"

def dahua_ptz():
    return f"{pick(['','DH-','DHI-'])}SD{pick(['49225XA','1A203T','6AL245U','22404T','59225U','49425XB','5A445XA','3A400'])}-{pick(['HNR','GN','HNI','GN-W','HNR-S3'])}"

def dahua_thermal():
    return f"{pick(['','DH-','DHI-'])}TPC-{pick(['BF1241','BF2221','SD2221','BF5421','PT8621B','BF3221'])}-{pick(['T','B3F4','HTM','D7F8'])}"

def dahua_nvr():
    return f"{pick(['','DH-','DHI-'])}NVR{pick(['4104','4108','4116','2104','2108','5216','5232','4216','5432','608'][:9])}{pick(['HS','-P','-4KS2','-8P-4KS2','-EI','HS-4KS2','-16P-I'])}{pick(['','/L'])}"

def dahua_xvr():
    return f"{pick(['','DH-','DHI-'])}XVR{pick(['5104','5108','5116','7104','4104','4108','5216'])}{pick(['HS','HE','C','H'])}-{pick(['I3','X','4KL-I3','4M-I2','S2'])}"

def dahua_hac():
    return f"{pick(['','DH-'])}HAC-{pick(['HFW','HDBW','HDW','HUM','ME'])}{pick(['1200','1500','2241','1231','1801','2802'])}{pick(['T','R','E','C','TL'])}{pick(['-A','-Z','-IL-A','-S3',''])}"

def dahua_other():
    return pick([f"VTO{pick(['2202','3211','6521','2111','4202'])}{pick(['F','D','FB','K'])}-{pick(['P','S2','W'])}", f"VTH{pick(['2421','5421','5221','1550'])}{pick(['F','EW','E'])}-{pick(['H','P','W'])}",
                 f"ASI{pick(['7213','7214','1201','6214','7223'])}{pick(['X','Y','J','A'])}{pick(['','-T1','-V3'])}", f"DHI-ASR{pick(['1100','2100'])}A"])

def imou():
    return f"IPC-{pick(['A22EP','K22A','C22EP','F22A','A42P','S22FP','K42P','G22P','A26Z'])}{pick(['','-D','-B','-L'])}"

def amcrest():
    return pick([f"IP{pick(['2','4','5','8'])}M-{pick(['1041','1051','1026','1066','1173','T1179','2493'])}{pick(['B','W','EB','EW','E',''])}", f"AD{pick(['110','410'])}", f"NV{pick(['4108','4116','4432','8216'])}E-{pick(['HS','A2','8P'])}"])

def lorex():
    return pick([f"LNB{pick(['4163','8005','8963','9392'])}{pick(['B','','X'])}", f"LNE{pick(['8964','9242','8950'])}AB", f"E{pick(['891','892','841','861'])}AB", f"LNR{pick(['6100','8000','7100'])}-{pick(['2TC','X','4'])}", f"N{pick(['841','861','881'])}A{pick(['6','8','63B'])}"])

def honeywell():
    return f"H{pick(['BW','BD','EW','DZ','CD'])}{pick(['2','4','8'])}{pick(['PER','PR','GR'])}{pick(['1','2','3'])}{pick(['','V','E'])}"

# --- others -------------------------------------------------------------------------------------------------------------
def uniview():
    return pick([f"IPC{pick(['2124','3614','322','2324','3232','2122','3618','3634'])}{pick(['LB','SR3','ER3','SB','LE','SS'])}-{pick(['SF28KM-G','ADF28KM','DPF28','DL28'])}", f"NVR{pick(['301','302','501','502','304'])}-{pick(['08S3','16E2','32S','04LS-P4'])}"])
def milesight(): return f"MS-C{pick(['5376','2963','8266','5366','2964'])}-{pick(['PB','FPE','PD','X23PC'])}"
def tiandy(): return f"TC-{pick(['C34XS','NC9401S3E','C32JS','H332N','C35WS','NCL222'])}"
def axis(): return f"{pick(['AXIS ',''])}{pick(['M','P','Q'])}{pick(['3106','3245','1455','3045','6135','3715','3727','1375','3905','6075'])}-{pick(['L','LVE','LE','V','PLVE'])}{pick(['',' Mk II'])}"
def hanwha():
    if random.random() < 0.25:
        return f"L{pick(['NV','NO','NB','ND'])}-{pick(['6010','6011','6012','6020','6030','6070','6072'])}{pick(['R','RW','V'])}"
    return f"{pick(['X','Q','P'])}{pick(['NV','NO','NB','ND','NP'])}-{pick(['6080','6012','9080','8081','6011','6120','8093'])}{pick(['R','RV','VQ','',''])}"
def bosch(): return f"{pick(['NDE','NDI','NBE','NTI'])}-{pick(['3502','5503','4502','7604','3503'])}-{pick(['AL','AL-PL','F','AT','A'])}"
def ipro(): return f"WV-{pick(['S1536LN','S2136L','X4571L','S1131','U2130L','S3131L'])}"
def sony(): return f"SNC-{pick(['VB770','EM632R','XM632','VM772R','EB640'])}"
def vivotek(): return f"{pick(['FD','IB','MD','FE'])}{pick(['9360','9365','8166','9387','8168'])}-{pick(['H','EHT','HV','EHTV'])}"

LOOKALIKES = [
    "DS18B20", "DS3231", "DS1307Z", "LM7805", "STM32F103C8T6", "ESP32-WROOM-32", "SN74HC595N", "NE555P", "ATMEGA328P-PU", "RJ45-8P8C",
    "INV-2024-0042", "PO-778812", "REF-FOI-2023-118", "FOI-2022-10455", "0161 234 5000", "+44 20 7946 0958", "07700 900123",
    "M60 2LA", "SW1A 2AA", "EC2Y 8BB", "LS1 1UR", "B64 6HP", "2021-06-28", "v5.4.0", "build 160530", "Ubuntu 22.04 LTS",
    "Windows Server 2019", "HP ProLiant DL380 Gen10", "Cisco C9300-48P", "Dell R740xd", "Netgear GS308P", "TP-Link TL-SG108",
    "Shanghai Dahua Scale Factory", "Dahua Road, Hangzhou", "Raspberry Pi 4B", "Canon EOS R5", "Sony WH-1000XM4",
    "Honeywell T6 Pro thermostat", "Bosch dishwasher SMS2ITW41G", "Toshiba Satellite laptop", "IPv6 2001:db8::1", "192.168.1.64",
    "SD card 64GB", "NVMe SSD 1TB", "USB-C hub", "A4 paper", "HDMI 2.1 cable", "Cat6 UTP", "DVR-R", "ISO 27001", "GDPR Article 6",
    "Section 31(1)(a)", "s.24(1)", "FOI/2024/0211", "Room B12", "Block C-204", "Unit 7B", "Level 3", "Gate 4A", "Bay 12",
]

SENT_HIK = ["We have {n} Hikvision {m} cameras installed across the site.", "The car park is covered by a {m} (Hikvision).",
            "Our CCTV recorder is a Hikvision {m}.", "Model {m} — supplied by our maintenance contractor in 2019.",
            "The school uses HiLook and Hikvision equipment, including {m}.", "Replaced in 2022 with {m}."]
SENT_DAHUA = ["The system comprises {n} Dahua {m} units.", "Cameras are Dahua ({m}).", "Our NVR is a {m} supplied by Dahua.",
              "The reception entry panel is a Dahua {m}.", "We operate {m} on the perimeter fence."]
SENT_NONE = ["All of our cameras are {m} units.", "The council operates {m} cameras from a European supplier.", "We use {m} cameras.",
             "The trust's cameras are model {m}.", "The force uses Avigilon cameras throughout."]
INV = "{loc},{m},{ip},{year}"
LOCS = ["Car park", "Reception", "Main gate", "Corridor B", "Sports hall", "Library", "Canteen", "Bus bay", "Server room", "Ward 7"]

def pos(label, gen, count):
    for _ in range(count):
        m = gen()
        add(label, 'model', m)
    for _ in range(count // 4):
        m = gen(); add(label, 'lower', m.lower())
    for _ in range(count // 4):
        m = gen(); add(label, 'dashless', m.replace('-', '').lower() if random.random() < 0.5 else m.replace('-', ''))

pos('hikvision', hik_camera, 140); pos('hikvision', hik_ptz, 30); pos('hikvision', hik_thermal, 20); pos('hikvision', hik_nvr, 50)
pos('hikvision', hik_dvr, 40); pos('hikvision', hik_ids, 30); pos('hikvision', hik_turbo, 30); pos('hikvision', hik_access, 20)
pos('hikvision', hiwatch, 20); pos('hikvision', hilook, 30); pos('hikvision', ezviz, 20); pos('hikvision', lts, 16); pos('hikvision', truvision, 12)
pos('dahua', dahua_ipc, 140); pos('dahua', dahua_ptz, 30); pos('dahua', dahua_thermal, 20); pos('dahua', dahua_nvr, 40); pos('dahua', dahua_xvr, 30)
pos('dahua', dahua_hac, 30); pos('dahua', dahua_other, 24); pos('dahua', imou, 20); pos('dahua', amcrest, 16); pos('dahua', lorex, 16); pos('dahua', honeywell, 10)
for gen in [uniview, milesight, tiandy]:
    for _ in range(30): add('other_chinese', 'model', gen())
for gen in [axis, hanwha, bosch, ipro, sony, vivotek]:
    for _ in range(30): add('other', 'model', gen())
for s in LOOKALIKES: add('none', 'lookalike', s)
for _ in range(60):
    add('hikvision', 'sentence', pick(SENT_HIK).format(n=random.randint(2, 400), m=pick([hik_camera, hik_nvr, hik_dvr, hik_ptz])()))
    add('dahua', 'sentence', pick(SENT_DAHUA).format(n=random.randint(2, 400), m=pick([dahua_ipc, dahua_nvr, dahua_xvr, dahua_other])()))
    add('other', 'sentence', pick(SENT_NONE).format(m=pick([axis, bosch, hanwha, ipro])()))
for _ in range(60):
    ip = f"10.{random.randint(0,255)}.{random.randint(0,255)}.{random.randint(1,254)}"
    add('hikvision', 'inventory', INV.format(loc=pick(LOCS), m=pick([hik_camera, hilook, hiwatch])(), ip=ip, year=random.randint(2014, 2025)))
    add('dahua', 'inventory', INV.format(loc=pick(LOCS), m=pick([dahua_ipc, imou, dahua_hac])(), ip=ip, year=random.randint(2014, 2025)))
    add('other', 'inventory', INV.format(loc=pick(LOCS), m=pick([axis, hanwha, bosch, vivotek])(), ip=ip, year=random.randint(2014, 2025)))

with open('tests/data/devices/corpus.tsv', 'w', encoding='utf-8') as f:
    f.write('label\tgroup\ttext\n')
    seen = set()
    for label, group, text in rows:
        if (group, text) in seen: continue
        seen.add((group, text))
        f.write(f'{label}\t{group}\t{text}\n')
print(len(seen))
