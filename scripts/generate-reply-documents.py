#!/usr/bin/python3
"""Builds the binary files of the FOI reply corpus (tests/data/replies) from the text sources in
tests/data/replies/sources/.

The .txt and .html replies and labels.jsonl are written by hand and are not touched here. Every other
reply file (.pdf, .docx, .xlsx, .png, scanned .pdf, .eml and the deliberately broken dev inputs) is
built from one source file whose name says what to build:

  sources/<stem>.pdf.txt          a letter with a text layer                      -> <split>/<stem>.pdf
  sources/<stem>.docx.txt         a Word document                                 -> <split>/<stem>.docx
  sources/<stem>.xlsx.txt         a workbook: '## Sheet: name' starts a sheet,
                                  rows are tab-separated, '**' before a row = bold -> <split>/<stem>.xlsx
  sources/<stem>.png.txt          a scanned page (rotated, noisy, 200 dpi)        -> <split>/<stem>.png
  sources/<stem>.scan.pdf.txt     a scanned letter, image only, no text layer     -> <split>/<stem>.pdf
  sources/<stem>.eml.txt          an e-mail: headers, a blank line, the body.
                                  'X-Gen-*' headers steer the build (see build_eml) -> <split>/<stem>.eml
  sources/<stem>.truncated.pdf.txt  a text PDF cut off part-way                  -> <split>/<stem>.pdf
  sources/<stem>.plain.pdf.txt    a plain text file given a .pdf name             -> <split>/<stem>.pdf
  sources/<stem>.encrypted.docx.txt a Word file that looks password-protected    -> <split>/<stem>.docx
  sources/attachments/*           attachments of the e-mails (same suffixes), never written on their own

The split comes from the first letter of the stem: d = dev, t = test.

Document markup (pdf, docx, png, scanned pdf): paragraphs are separated by blank lines and keep their
line breaks; '# ' starts a heading; lines starting with '|' form a table (first row is the header);
'---' is a page break (pdf/docx only).

The output is deterministic (fixed dates, seeded noise, fixed MIME boundaries), so re-running it on an
unchanged source gives the same bytes, and a changed source shows up as a change of only its files.

Needs Debian's python3-docx, python3-openpyxl, python3-reportlab and python3-pil (run with /usr/bin/python3).
Usage: scripts/generate-reply-documents.py [--only STEM_PREFIX] [--check]
  --check  also runs pdftotext on every text PDF and tesseract on every scanned image and prints the
           first words each yields, so a human can see that the text layer / OCR is readable.
"""
import datetime
import email.charset
import email.encoders
import email.generator
import email.message
import email.policy
import hashlib
import html
import io
import os
import random
import re
import subprocess
import sys
import time
import zipfile
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'data', 'replies'))
SRC = os.path.join(ROOT, 'sources')
FIXED = datetime.datetime(2023, 3, 1, 9, 0, 0)
FONT_DIR = '/usr/share/fonts/truetype/dejavu'


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def seed_for(name):
    return int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)


# ---------------------------------------------------------------------------------------------------------------
# Markup
# ---------------------------------------------------------------------------------------------------------------
def blocks(text):
    """Splits document markup into ('h', text) / ('p', text) / ('t', rows) / ('pb', None) blocks."""
    out = []
    para = []
    table = []

    def flush():
        nonlocal para, table
        if para:
            out.append(('p', '\n'.join(para)))
            para = []
        if table:
            out.append(('t', table))
            table = []

    for line in text.split('\n'):
        s = line.rstrip()
        if s.startswith('|'):
            if para:
                out.append(('p', '\n'.join(para)))
                para = []
            cells = [c.strip() for c in s.strip().strip('|').split('|')]
            if all(re.fullmatch(r':?-{2,}:?', c) for c in cells):
                continue
            table.append(cells)
        elif s == '':
            flush()
        elif s == '---':
            flush()
            out.append(('pb', None))
        elif s.startswith('# '):
            flush()
            out.append(('h', s[2:]))
        else:
            if table:
                out.append(('t', table))
                table = []
            para.append(s)
    flush()
    return out


# ---------------------------------------------------------------------------------------------------------------
# PDF with a text layer
# ---------------------------------------------------------------------------------------------------------------
def build_pdf(text, name):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

    styles = getSampleStyleSheet()
    body = ParagraphStyle('body', parent=styles['Normal'], fontName='Helvetica', fontSize=10.5, leading=13.5)
    head = ParagraphStyle('head', parent=body, fontName='Helvetica-Bold', fontSize=12, leading=16, spaceBefore=4)
    cell = ParagraphStyle('cell', parent=body, fontSize=8.5, leading=10.5)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=name, author='', creator='', producer='')
    story = []
    for kind, val in blocks(text):
        if kind == 'h':
            story.append(Paragraph(html.escape(val), head))
        elif kind == 'p':
            story.append(Paragraph(html.escape(val).replace('\n', '<br/>'), body))
            story.append(Spacer(1, 6))
        elif kind == 't':
            rows = [[Paragraph(html.escape(c), cell) for c in r] for r in val]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == 'pb':
            story.append(PageBreak())
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# Zip-based Office files
# ---------------------------------------------------------------------------------------------------------------
def normalise_zip(data):
    """Rewrites a zip with fixed timestamps and entry order so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(text, name):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_printed = FIXED
    d.core_properties.author = ''
    d.core_properties.last_modified_by = ''
    d.core_properties.title = ''
    style = d.styles['Normal']
    style.font.name = 'Arial'
    style.font.size = Pt(11)
    for kind, val in blocks(text):
        if kind == 'h':
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(13)
        elif kind == 'p':
            p = d.add_paragraph()
            lines = val.split('\n')
            for i, line in enumerate(lines):
                r = p.add_run(line)
                if i < len(lines) - 1:
                    r.add_break()
        elif kind == 't':
            ncols = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncols)
            t.style = 'Table Grid'
            for ri, row in enumerate(val):
                cells = t.add_row().cells
                for ci in range(ncols):
                    cells[ci].text = row[ci] if ci < len(row) else ''
                    if ri == 0:
                        for run in cells[ci].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif kind == 'pb':
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def build_xlsx(text, name):
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = ''
    wb.properties.lastModifiedBy = ''
    ws = wb.active
    first = True
    for line in text.split('\n'):
        if line.startswith('## Sheet:'):
            title = line[len('## Sheet:'):].strip()
            if first:
                ws.title = title
                first = False
            else:
                ws = wb.create_sheet(title)
            continue
        first = False
        bold = line.startswith('**')
        if bold:
            line = line[2:]
        cells = line.split('\t') if line else []
        values = []
        for c in cells:
            c = c.strip()
            if re.fullmatch(r'-?\d+', c) and not (len(c) > 1 and c.startswith('0')):
                values.append(int(c))
            else:
                values.append(c if c != '' else None)
        ws.append(values)
        if bold:
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
    for sheet in wb.worksheets:
        for col in sheet.columns:
            width = max((len(str(c.value)) for c in col if c.value is not None), default=8)
            sheet.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


# ---------------------------------------------------------------------------------------------------------------
# Scanned pages
# ---------------------------------------------------------------------------------------------------------------
def render_scan(text, name, dpi=200):
    """Renders the text as a printed page at `dpi`, then makes it look scanned: slight rotation, a grey
    background, blur and speckles. Returns a list of greyscale PIL images (one per page)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed_for(name))
    scale = dpi / 72.0
    font = ImageFont.truetype(os.path.join(FONT_DIR, 'DejaVuSerif.ttf'), int(11 * scale))
    bold = ImageFont.truetype(os.path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'), int(12 * scale))
    width = int(8.27 * dpi)
    margin = int(0.9 * dpi)
    line_h = int(15 * scale)
    max_w = width - 2 * margin

    def wrap(s, f):
        words = s.split(' ')
        lines, cur = [], ''
        for w in words:
            trial = (cur + ' ' + w).strip()
            if f.getlength(trial) <= max_w:
                cur = trial
            else:
                if cur:
                    lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    out_lines = []  # (text, font) or None for a gap
    for kind, val in blocks(text):
        if kind == 'h':
            out_lines.append((val, bold))
            out_lines.append(None)
        elif kind == 'p':
            for raw in val.split('\n'):
                for ln in wrap(raw, font):
                    out_lines.append((ln, font))
            out_lines.append(None)
        elif kind == 't':
            for row in val:
                out_lines.append(('   '.join(row), font))
            out_lines.append(None)
    per_page = int((11.69 * dpi - 2 * margin) / line_h)
    pages = [out_lines[i:i + per_page] for i in range(0, len(out_lines), per_page)] or [[]]
    images = []
    for page in pages:
        height = margin * 2 + line_h * len(page)
        img = Image.new('L', (width, height), 255)
        dr = ImageDraw.Draw(img)
        y = margin
        for item in page:
            if item is not None:
                dr.text((margin, y), item[0], font=item[1], fill=rnd.randint(20, 45))
            y += line_h
        angle = rnd.choice([-1, 1]) * rnd.uniform(0.6, 1.6)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(radius=0.6))
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 2500):
            x, yy = rnd.randrange(w), rnd.randrange(h)
            px[x, yy] = rnd.randint(60, 160)
        # a faint scanner edge shadow on the left
        for x in range(min(12, w)):
            for yy in range(0, h, 1):
                px[x, yy] = min(px[x, yy], 150 + x * 8)
        # fold the grey levels so the PNG stays small
        img = img.point(lambda v: (v // 16) * 16 + 8 if v < 240 else 246)
        images.append(img)
    return images


def build_png(text, name):
    imgs = render_scan(text, name)
    if len(imgs) > 1:
        from PIL import Image
        w = max(i.size[0] for i in imgs)
        h = sum(i.size[1] for i in imgs)
        page = Image.new('L', (w, h), 246)
        y = 0
        for i in imgs:
            page.paste(i, (0, y))
            y += i.size[1]
        imgs = [page]
    buf = io.BytesIO()
    imgs[0].save(buf, format='PNG', optimize=True, dpi=(200, 200))
    return buf.getvalue()


def build_scan_pdf(text, name):
    imgs = render_scan(text, name)
    buf = io.BytesIO()
    stamp = time.strptime('2023-03-01 09:00:00', '%Y-%m-%d %H:%M:%S')
    imgs[0].save(buf, format='PDF', resolution=200.0, save_all=True, append_images=imgs[1:], quality=70,
                 creationDate=stamp, modDate=stamp, producer='', creator='', title='Scan')
    data = buf.getvalue()
    # Pillow writes a random-free file apart from the trailer ID; drop it for determinism if present
    return re.sub(rb'/ID \[<[0-9a-fA-F]+> <[0-9a-fA-F]+>\]', b'', data)


# ---------------------------------------------------------------------------------------------------------------
# Broken inputs (dev only)
# ---------------------------------------------------------------------------------------------------------------
def build_truncated_pdf(text, name):
    data = build_pdf(text, name)
    return data[: int(len(data) * 0.45)]


def build_plain_pdf(text, name):
    return text.encode('utf-8')


def build_encrypted_docx(text, name):
    """An OLE compound-file header with the stream names of an Office 'EncryptedPackage', as a
    password-protected .docx looks to a reader, padded with seeded noise. It cannot be opened."""
    rnd = random.Random(seed_for(name))
    header = bytes.fromhex('D0CF11E0A1B11AE1') + bytes(16) + bytes.fromhex('3E000300FEFF0900060000000000000000000000')
    names = ''.join(n + '\0' for n in ['Root Entry', 'EncryptionInfo', 'EncryptedPackage',
                                       '\x06DataSpaces', 'StrongEncryptionDataSpace'])
    body = names.encode('utf-16-le')
    noise = bytes(rnd.randrange(256) for _ in range(6000))
    return header + bytes(512 - len(header)) + body + noise


# ---------------------------------------------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------------------------------------------
BUILDERS = {}  # filled below: suffix -> (builder, out extension, mime type)


def builder_for(fname):
    for suffix, spec in BUILDERS.items():
        if fname.endswith(suffix):
            return suffix, spec
    raise SystemExit(f'no builder for {fname}')


def text_to_html(text):
    parts = []
    for para in re.split(r'\n\s*\n', text.strip('\n')):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ')) for l in lines)
            parts.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">{inner}</blockquote>')
        else:
            parts.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:11pt">\n' + '\n'.join(parts) + '\n</body></html>\n')


def html_to_text(src):
    t = re.sub(r'(?is)<(script|style).*?</\1>', '', src)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|li|h\d|table|blockquote)>', '\n\n', t)
    t = re.sub(r'(?i)</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t)
    t = re.sub(r'[ \t]+\n', '\n', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'


def text_part(body, charset, encoding, subtype='plain'):
    cs = email.charset.Charset(charset)
    cs.body_encoding = {'quoted-printable': email.charset.QP, 'base64': email.charset.BASE64}.get(encoding, None)
    if encoding in ('8bit', '7bit'):
        part = MIMEText(body, subtype, None)
        # raw bytes in the message charset, carried through the generator as surrogate escapes
        part.set_payload(body.encode(charset, errors='strict').decode('ascii', 'surrogateescape'))
        del part['Content-Transfer-Encoding']
        del part['Content-Type']
        part['Content-Type'] = f'text/{subtype}; charset="{charset}"'
        part['Content-Transfer-Encoding'] = encoding
        if charset != 'us-ascii' and encoding == '7bit':
            raise SystemExit('7bit needs us-ascii text')
        return part
    part = MIMEText('', subtype, None)
    del part['Content-Transfer-Encoding']
    del part['Content-Type']
    part['Content-Type'] = f'text/{subtype}; charset="{charset}"'
    raw = body.encode(charset, errors='strict')
    if encoding == 'base64':
        import base64
        part.set_payload(base64.encodebytes(raw).decode('ascii'))
    else:
        import quopri
        part.set_payload(quopri.encodestring(raw).decode('ascii'))
    part['Content-Transfer-Encoding'] = encoding
    return part


def parse_eml_source(text):
    head, _, body = text.partition('\n\n')
    headers = []
    for line in head.split('\n'):
        if line[:1] in (' ', '\t') and headers:
            headers[-1] = (headers[-1][0], headers[-1][1] + '\n' + line)
        else:
            k, _, v = line.partition(':')
            headers.append((k.strip(), v.strip()))
    return headers, body


class Boundaries:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def next(self):
        self.n += 1
        h = hashlib.sha1(f'{self.name}/{self.n}'.encode()).hexdigest()[:24]
        return f'----=_NextPart_{self.n:03d}_{h}'


def build_eml_message(text, name, bounds):
    """X-Gen-* headers:
      X-Gen-Body: text | text+html | html (the source body is HTML; a text alternative is derived) | html-only
      X-Gen-Charset: utf-8 (default) | windows-1252 | iso-8859-1 | us-ascii
      X-Gen-Encoding: quoted-printable (default) | base64 | 8bit | 7bit
      X-Gen-Attach: <source path relative to sources/>; <file name shown>     (repeatable)
      X-Gen-Attach-Eml: <eml source path>; <file name>                         (message/rfc822, repeatable)
      X-Gen-Attach-Zip: <zip name>; <source path>=<name in zip>, ...           (repeatable)
      X-Gen-Report: dsn; <final recipient>; <status e.g. 5.1.1>; <diagnostic>  (multipart/report bounce)
    """
    headers, body = parse_eml_source(text)
    gen = {}
    real = []
    for k, v in headers:
        if k.lower().startswith('x-gen-'):
            gen.setdefault(k.lower(), []).append(v)
        else:
            real.append((k, v))
    mode = gen.get('x-gen-body', ['text'])[0]
    charset = gen.get('x-gen-charset', ['utf-8'])[0]
    encoding = gen.get('x-gen-encoding', ['quoted-printable'])[0]

    if mode == 'text':
        main = text_part(body, charset, encoding)
    elif mode == 'html-only':
        main = text_part(body, charset, encoding, 'html')
    else:
        if mode == 'html':
            plain, rich = html_to_text(body), body
        else:
            plain, rich = body, text_to_html(body)
            if charset != 'utf-8':
                rich = rich.replace('charset=utf-8', f'charset={charset}')
        main = MIMEMultipart('alternative', boundary=bounds.next())
        main.attach(text_part(plain, charset, encoding))
        main.attach(text_part(rich, charset, encoding, 'html'))

    attachments = []
    for spec in gen.get('x-gen-attach', []):
        path, _, shown = [s.strip() for s in spec.partition(';')]
        src = os.path.join(SRC, path)
        suffix, (fn, ext, mime) = builder_for(path)
        data = fn(read(src), os.path.basename(path))
        maintype, subtype = mime.split('/')
        part = MIMEApplication(data, subtype) if maintype == 'application' else MIMEBase(maintype, subtype)
        if maintype != 'application':
            part.set_payload(data)
            email.encoders.encode_base64(part)
        part.add_header('Content-Disposition', 'attachment', filename=shown or os.path.basename(path)[:-len(suffix)] + ext)
        attachments.append(part)
    for spec in gen.get('x-gen-attach-eml', []):
        path, _, shown = [s.strip() for s in spec.partition(';')]
        inner = build_eml_message(read(os.path.join(SRC, path)), os.path.basename(path), bounds)
        part = MIMEMessage(inner)
        if shown:
            part.add_header('Content-Disposition', 'attachment', filename=shown)
        attachments.append(part)
    for spec in gen.get('x-gen-attach-zip', []):
        zname, _, members = [s.strip() for s in spec.partition(';')]
        zbuf = io.BytesIO()
        with zipfile.ZipFile(zbuf, 'w', zipfile.ZIP_DEFLATED) as z:
            for m in members.split(','):
                path, _, inner_name = [s.strip() for s in m.partition('=')]
                suffix, (fn, ext, mime) = builder_for(path)
                zi = zipfile.ZipInfo(inner_name, date_time=(2023, 3, 1, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, fn(read(os.path.join(SRC, path)), os.path.basename(path)))
        part = MIMEApplication(zbuf.getvalue(), 'zip')
        part.add_header('Content-Disposition', 'attachment', filename=zname)
        attachments.append(part)

    report = gen.get('x-gen-report')
    if report:
        _, rcpt, status, diag = [s.strip() for s in report[0].split(';', 3)]
        msg = MIMEMultipart('report', boundary=bounds.next(), report_type='delivery-status')
        msg.attach(main)
        ds = MIMEBase('message', 'delivery-status')
        del ds['MIME-Version']
        per_msg = email.message.Message()
        per_msg['Reporting-MTA'] = 'dns; ' + real_header(real, 'From').split('@')[-1].strip('>')
        per_rcpt = email.message.Message()
        per_rcpt['Final-Recipient'] = f'rfc822; {rcpt}'
        per_rcpt['Action'] = 'failed'
        per_rcpt['Status'] = status
        per_rcpt['Diagnostic-Code'] = f'smtp; {diag}'
        ds.set_payload([per_msg, per_rcpt])
        msg.attach(ds)
        for a in attachments:
            msg.attach(a)
    elif attachments:
        msg = MIMEMultipart('mixed', boundary=bounds.next())
        msg.attach(main)
        for a in attachments:
            msg.attach(a)
    else:
        msg = main
    for k, v in real:
        msg[k] = v
    # the MIME headers the library put first are moved after the real ones, as mail clients write them
    for k in ('Content-Type', 'MIME-Version', 'Content-Transfer-Encoding'):
        vals = msg.get_all(k)
        if vals:
            del msg[k]
            for v in vals:
                msg[k] = v
    strip_part_mime_version(msg)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    return msg


def strip_part_mime_version(msg):
    """The library stamps MIME-Version on every part; mail clients write it only on the message."""
    if msg.is_multipart() and msg.get_content_type() != 'message/rfc822':
        for part in msg.get_payload():
            if 'MIME-Version' in part:
                del part['MIME-Version']
            strip_part_mime_version(part)
    elif msg.get_content_type() == 'message/rfc822':
        for part in msg.get_payload():
            strip_part_mime_version(part)


def real_header(pairs, key):
    for k, v in pairs:
        if k.lower() == key.lower():
            return v
    return ''


def build_eml(text, name):
    msg = build_eml_message(text, name, Boundaries(name))
    buf = io.BytesIO()
    gen = email.generator.BytesGenerator(buf, mangle_from_=False, maxheaderlen=78,
                                         policy=email.policy.compat32.clone(linesep='\r\n'))
    gen.flatten(msg)
    return buf.getvalue()


BUILDERS.update({
    '.truncated.pdf.txt': (build_truncated_pdf, '.pdf', 'application/pdf'),
    '.plain.pdf.txt': (build_plain_pdf, '.pdf', 'application/pdf'),
    '.scan.pdf.txt': (build_scan_pdf, '.pdf', 'application/pdf'),
    '.encrypted.docx.txt': (build_encrypted_docx, '.docx',
                            'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    '.pdf.txt': (build_pdf, '.pdf', 'application/pdf'),
    '.docx.txt': (build_docx, '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    '.xlsx.txt': (build_xlsx, '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    '.png.txt': (build_png, '.png', 'image/png'),
    '.eml.txt': (build_eml, '.eml', 'message/rfc822'),
})


def main(argv):
    only = None
    check = '--check' in argv
    if '--only' in argv:
        only = argv[argv.index('--only') + 1]
    written = []
    for fname in sorted(os.listdir(SRC)):
        path = os.path.join(SRC, fname)
        if not os.path.isfile(path) or fname.startswith('.') or fname == 'README.md':
            continue
        if only and not fname.startswith(only):
            continue
        suffix, (fn, ext, mime) = builder_for(fname)
        stem = fname[:-len(suffix)]
        split = {'d': 'dev', 't': 'test'}[stem[0]]
        out = os.path.join(ROOT, split, stem + ext)
        data = fn(read(path), fname)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, 'wb') as f:
            f.write(data)
        written.append((out, suffix, len(data)))
        print(f'{os.path.relpath(out, ROOT)}  {len(data):>7} bytes')
        if len(data) > 200_000:
            print(f'  WARNING: {out} is over 200 KB', file=sys.stderr)
    if check:
        for out, suffix, _ in written:
            if suffix == '.pdf.txt':
                txt = subprocess.run(['pdftotext', out, '-'], capture_output=True, text=True).stdout
            elif suffix in ('.png.txt', '.scan.pdf.txt'):
                img = out
                if out.endswith('.pdf'):
                    subprocess.run(['pdftoppm', '-r', '200', '-gray', '-png', '-singlefile', out, '/tmp/scancheck'], check=True)
                    img = '/tmp/scancheck.png'
                txt = subprocess.run(['tesseract', img, '-'], capture_output=True, text=True).stdout
            else:
                continue
            words = ' '.join(txt.split()[:25])
            print(f'[check] {os.path.basename(out)}: {words}')
    print(f'{len(written)} files written')


if __name__ == '__main__':
    main(sys.argv[1:])
