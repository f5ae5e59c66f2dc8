package io.frontline.customers.internal;

import io.frontline.kernel.Json;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

@Converter
class JsonMapConverter implements AttributeConverter<Map<String, Object>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, Object> attribute) {
        return attribute == null || attribute.isEmpty() ? null : Json.write(attribute);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String dbData) {
        return dbData == null ? new LinkedHashMap<>() : Json.readMap(dbData);
    }
}
