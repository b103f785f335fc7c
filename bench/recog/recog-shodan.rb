#!/usr/bin/env ruby
# frozen_string_literal: true

# Matches every banner of a Shodan JSON-lines file with Rapid7 recog, as a peer of `sightline exposure import`:
# the HTTP Server header, WWW-Authenticate realm and page title, the RTSP Server header and the TLS subject of each banner
# go to recog's matching databases, first match wins. recog has no notion of a host, so it counts banners.
#
# Usage: ruby recog-shodan.rb RECOG_RUBY_LIB_DIR RECOG_XML_DIR FILE
# (Debian packages: ruby ruby-nokogiri; recog-ruby's lib/ and recog's xml/ from github.com/rapid7/recog-ruby and rapid7/recog.)
$LOAD_PATH.unshift(ARGV.fetch(0))
require 'json'
require 'recog'

Recog::Nizer.load_db(ARGV.fetch(1))
started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
records = 0
matched = 0
vendors = Hash.new(0)
File.foreach(ARGV.fetch(2)) do |line|
  banner = begin
    JSON.parse(line)
  rescue JSON::ParserError
    next
  end
  records += 1
  data = banner['data'] || ''
  server = data[/^Server:[ \t]*([^\r\n]*)/i, 1]
  realm = data[/^WWW-Authenticate:[ \t]*([^\r\n]*)/i, 1]
  title = banner.dig('http', 'title')
  subject = banner.dig('ssl', 'cert', 'subject')
  subject = subject.map { |k, v| "#{k}=#{v}" }.join(',') if subject.is_a?(Hash)
  match = nil
  if data.start_with?('RTSP/')
    match = Recog::Nizer.match('rtsp_header.server', server) if server
  else
    match = Recog::Nizer.match('http_header.server', server) if server
    match ||= Recog::Nizer.match('http_header.wwwauth', realm) if realm
    match ||= Recog::Nizer.match('html_title', title) if title && !title.empty?
  end
  match ||= Recog::Nizer.match('x509.subject', subject) if subject
  next unless match

  matched += 1
  vendor = match['hw.vendor'] || match['service.vendor'] || match['os.vendor'] || '(none)'
  vendors[vendor] += 1
end
elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
top = vendors.sort_by { |v, n| [-n, v] }.first(8).map { |v, n| "#{v} #{n}" }.join(', ')
puts format('recog: %d banners in %.1f s (%.0f banners/s); %d matched; vendors: %s', records, elapsed, records / elapsed, matched, top)
puts format('recog-vendors: hikvision=%d dahua=%d', vendors.select { |v, _| v =~ /hikvision/i }.values.sum, vendors.select { |v, _| v =~ /dahua/i }.values.sum)
